package vn.motcua.catalog.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.text.SearchText;

/**
 * Loads the demo procedures ({@code catalog/demo-procedures.json}) when demo data is on
 * ({@code motcua.demo.enabled}: {@code auto} = on the embedded H2 database only). The file names
 * agencies by a hint such as {@code @so-tu-phap}, resolved through
 * {@code motcua.catalog.demo.agencies.<hint>=<agency code>} or else by the agency's name; an
 * agency that cannot be found leaves the procedure to “the people's committee where received”.
 * Runs after the organization's demo data; re-running changes nothing (the import is idempotent).
 */
@Component
@Order(20)
class DemoCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);
    static final String RESOURCE = "catalog/demo-procedures.json";

    private final Environment env;
    private final CatalogImporter importer;
    private final Agencies agencies;
    private final JsonMapper json;

    DemoCatalogLoader(Environment env, CatalogImporter importer, Agencies agencies, JsonMapper json) {
        this.env = env;
        this.importer = importer;
        this.agencies = agencies;
        this.json = json;
    }

    static boolean demoEnabled(Environment env) {
        String setting = env.getProperty("motcua.demo.enabled", "auto").strip().toLowerCase();
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> env.getProperty("spring.datasource.url", "jdbc:h2:").startsWith("jdbc:h2:");
        };
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demoEnabled(env) || args.containsOption(ImportCommand.OPTION)) {
            return;
        }
        ImportReport report = importer.importFile(resolved(), ImportProgress.NONE);
        log.info("motcua: demo catalog loaded: {} new, {} updated, {} unchanged, {} with errors", report.created(),
                report.updated(), report.unchanged(), report.failed());
        report.errors().forEach(e -> log.warn("motcua: demo procedure {} {}: {}", e.code(), e.field(),
                e.message().en()));
    }

    /** The demo file with agency hints replaced by the codes of this installation's agencies. */
    byte[] resolved() throws IOException {
        JsonNode root;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            root = json.readTree(in);
        }
        Map<String, String> mapping = Binder.get(env)
                .bind("motcua.catalog.demo.agencies", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        List<AgencyRef> all = agencies.all();
        Map<String, Optional<String>> cache = new HashMap<>();
        for (JsonNode node : root.path("procedures")) {
            ObjectNode procedure = (ObjectNode) node;
            String agency = procedure.path("agency").asString(null);
            if (agency != null && agency.startsWith("@")) {
                Optional<String> code = cache.computeIfAbsent(agency, h -> resolve(h, mapping, all));
                if (code.isPresent()) {
                    procedure.put("agency", code.get());
                } else {
                    procedure.putNull("agency");
                }
            }
            ArrayNode chain = json.createArrayNode();
            for (JsonNode link : procedure.path("chain")) {
                String hint = link.asString();
                cache.computeIfAbsent(hint, h -> h.startsWith("@") ? resolve(h, mapping, all) : Optional.of(h))
                        .ifPresent(chain::add);
            }
            procedure.set("chain", chain);
        }
        return json.writeValueAsBytes(root);
    }

    private static Optional<String> resolve(String hint, Map<String, String> mapping, List<AgencyRef> all) {
        String key = hint.substring(1);
        if (mapping.containsKey(key)) {
            return all.stream().map(AgencyRef::code).filter(mapping.get(key)::equals).findFirst();
        }
        String words = key.replace('-', ' ');
        return all.stream().filter(AgencyRef::active)
                .filter(a -> SearchText.fold(a.name()).contains(words))
                .map(AgencyRef::code).findFirst();
    }
}

package vn.motcua.platform;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.platform.security.Role;
import vn.motcua.support.RawHttp;
import vn.motcua.support.TestData;
import vn.motcua.support.TestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, called over real HTTP (the servlet container's parsing
 * and the security firewall included), with a request of the documented shape and with hostile ones:
 * NUL, control and bidi characters, 100,000-character strings, a string for a number and an array for
 * an object, numbers past any type, negative paging, malformed query strings ({@code %ZZ},
 * {@code %FF}, {@code =x}, a control character in a parameter name), malformed and deeply nested
 * JSON, odd uploads. As an anonymous caller, an officer and the administrator: no answer is a 5xx,
 * and every status is one the document lists for the operation.
 *
 * <p>Deterministic: the operations in path order, every choice from one seeded {@link Random}; only
 * the unique suffix of created codes differs between runs. Bounded: the officer and the administrator
 * send each operation's documented shape with HTTP Basic (a password hash per request, about 0.1 s),
 * the hostile requests with an API token of the same account (the same actor, authenticated by a
 * SHA-256 look-up). It shares the random-port context of the end-to-end tests. Failed public
 * lookups count against 127.0.0.1 in that context's lookup brake (429 is documented).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class ApiFuzzTest {

    static final long SEED = 20_261_204L;
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "QuanTri@Test-2026";
    static final String LONG = "x".repeat(100_000);
    /** Operations on the whole province's settings: the administrator never sends them a shape that could pass. */
    static final Set<String> GLOBAL = Set.of("PUT /api/v1/calendar/office-hours", "POST /api/v1/calendar/decided-days",
            "POST /api/v1/calendar/decided-days/import", "POST /api/v1/admin-units/import",
            "POST /api/v1/procedures/import", "POST /api/v1/catalog/import", "POST /api/v1/dossiers/import");
    /** Hostile requests per operation for the officer (the administrator sends them all). */
    static final int OFFICER_HOSTILE = 4;
    static final int ANONYMOUS_PROTECTED_HOSTILE = 2;

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    /** One caller: how it authenticates its documented-shape request and its hostile ones. */
    record Caller(String name, String basic, String token) {
    }

    /** One request to send. */
    record Call(String label, String method, String target, String contentType, byte[] body) {

        String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            shown = shown.length() > 300 ? shown.substring(0, 300) + "… (" + shown.length() + " chars)" : shown;
            String path = target.length() > 300 ? target.substring(0, 300) + "… (" + target.length() + " chars)"
                    : target;
            return method + " " + path + (contentType == null ? "" : " [" + contentType + "] " + shown);
        }
    }

    /** One operation of the document. */
    record Operation(String method, String path, JsonNode node) {

        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return node.has("security") && node.get("security").isEmpty();
        }

        Set<String> documented() {
            Set<String> statuses = new java.util.HashSet<>();
            node.path("responses").propertyNames().forEach(statuses::add);
            return statuses;
        }
    }

    private JsonNode components;
    private Random random;
    private long agencyId;
    private String agencyCode;
    private int counter;

    @Test
    void everyOperationAnswersEveryHostileRequestWithADocumentedStatusAndNeverA5xx() throws IOException {
        long started = System.nanoTime();
        RawHttp http = new RawHttp(port);
        RawHttp.Response docResponse = http.get("/api/v1/openapi", null);
        assertThat(docResponse.status()).isEqualTo(200);
        JsonNode doc = json.readTree(docResponse.body());
        components = doc.path("components").path("schemas");
        random = new Random(SEED);

        agencyId = data.agency(TestData.unique("Fuzz"), null);
        agencyCode = data.agencyCode(agencyId);
        String officer = data.officer(agencyId, Role.RECEPTION, agencyId);
        List<Caller> callers = List.of(new Caller("anonymous", null, null),
                new Caller("officer", RawHttp.basic(officer, TestData.PASSWORD), "Bearer " + token(officer)),
                new Caller("admin", RawHttp.basic(ADMIN, ADMIN_PASSWORD), "Bearer " + token(ADMIN)));

        List<Operation> operations = operations(doc);
        assertThat(operations).hasSizeGreaterThan(60);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Operation op : operations) {
            for (Caller caller : callers) {
                for (Call call : calls(op, caller)) {
                    String authorization = caller.basic() == null ? null
                            : call.label().equals("documented") ? caller.basic() : caller.token();
                    RawHttp.Response response = http.send(call.method(), call.target(), authorization,
                            call.contentType(), call.body(), Map.of());
                    sent++;
                    statuses.merge(response.status(), 1, Integer::sum);
                    String problem = check(op, response);
                    if (problem != null) {
                        failures.add(caller.name() + " " + call.label() + ": " + call.describe() + " → "
                                + response.status() + " " + problem + " "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("ApiFuzzTest: %d operations, %d requests in %d s, statuses %s, %d failures%n",
                operations.size(), sent, took.toSeconds(), statuses, failures.size());
        failures.forEach(f -> System.out.println("ApiFuzzTest FAILED " + f));
        assertThat(failures).as("requests answered 5xx or with an undocumented status").isEmpty();
    }

    private static String check(Operation op, RawHttp.Response response) {
        if (response.status() >= 500) {
            return "server error";
        }
        if (!op.documented().contains(String.valueOf(response.status())) && !op.documented().contains("default")) {
            return "undocumented (documented: " + new java.util.TreeSet<>(op.documented()) + ")";
        }
        if (response.body().contains("\tat ") || response.body().contains("java.lang.")) {
            return "stack trace in the body";
        }
        return null;
    }

    private List<Operation> operations(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        for (String path : new java.util.TreeSet<>(doc.path("paths").propertyNames())) {
            JsonNode item = doc.path("paths").path(path);
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (item.has(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, item.get(method)));
                }
            }
        }
        return operations;
    }

    /**
     * An API token of the account, stored as the application stores them (SHA-256), valid for an hour;
     * random of its own (a credential, and unique in a database shared between runs).
     */
    private String token(String username) {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        String token = "mc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long account = jdbc.sql("select id from account where username = :u").param("u", username)
                .query(Long.class).single();
        jdbc.sql("""
                insert into api_token (account_id, name, token_hash, prefix, created_at, expires_at)
                values (:a, 'fuzz', :h, :p, :now, :exp)
                """).param("a", account).param("h", sha256(token)).param("p", token.substring(0, 10))
                .param("now", Timestamp.from(Instant.now()))
                .param("exp", Timestamp.from(Instant.now().plus(Duration.ofHours(1)))).update();
        return token;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- requests

    private List<Call> calls(Operation op, Caller caller) {
        boolean write = !op.method().equals("GET");
        List<Call> hostile = hostile(op, write);
        List<Call> calls = new ArrayList<>();
        boolean admin = caller.name().equals("admin");
        if (!(admin && GLOBAL.contains(op.key()))) {
            calls.add(documented(op, write));
        }
        int limit = switch (caller.name()) {
            case "admin" -> hostile.size();
            case "officer" -> OFFICER_HOSTILE;
            default -> op.isPublic() ? hostile.size() : ANONYMOUS_PROTECTED_HOSTILE;
        };
        List<Call> pool = new ArrayList<>(hostile);
        if (admin && GLOBAL.contains(op.key())) {
            // Only what breaks the body's reading: nothing that could change the province's settings.
            pool.removeIf(c -> !c.label().startsWith("body:"));
        }
        while (calls.size() < limit + 1 && !pool.isEmpty()) {
            calls.add(pool.remove(random.nextInt(pool.size())));
        }
        return calls;
    }

    /** The operation called with values of the documented types (ids that do not exist, codes of this run). */
    private Call documented(Operation op, boolean write) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.node().path("parameters")) {
            String in = p.path("in").asString();
            String name = p.path("name").asString();
            if (in.equals("path")) {
                path.put(name, encode(pathValue(name, resolve(p.path("schema")))));
            } else if (in.equals("query") && (p.path("required").asBoolean() || random.nextInt(3) > 0)) {
                query.put(encode(name), encode(valueText(name, resolve(p.path("schema")), write)));
            }
        }
        Body body = body(op, write, null);
        return new Call("documented", op.method(), target(op.path(), path, query), body.contentType(), body.bytes());
    }

    /** Requests with one hostile part each; labels say which part ({@code param:}, {@code path:}, {@code body:}). */
    private List<Call> hostile(Operation op, boolean write) {
        List<Call> calls = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        List<String> stringParams = new ArrayList<>();
        List<String> numberParams = new ArrayList<>();
        List<String> pathParams = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            String in = p.path("in").asString();
            String name = p.path("name").asString();
            JsonNode schema = resolve(p.path("schema"));
            if (in.equals("path")) {
                path.put(name, encode(pathValue(name, schema)));
                pathParams.add(name);
            } else if (in.equals("query")) {
                if (p.path("required").asBoolean()) {
                    query.put(encode(name), encode(valueText(name, schema, write)));
                }
                (isNumber(schema) ? numberParams : stringParams).add(name);
            }
        }
        Body body = body(op, write, null);
        String base = op.path();
        java.util.function.BiFunction<Map<String, String>, Map<String, String>, String> at = (p, q) -> target(base, p, q);

        for (String name : stringParams) {
            calls.add(param(op, "param:nul " + name, at.apply(path, with(query, encode(name), "a%00b")), body));
            calls.add(param(op, "param:bidi " + name, at.apply(path, with(query, encode(name), "%E2%80%AEab")), body));
            calls.add(param(op, "param:long " + name, at.apply(path, with(query, encode(name), "x".repeat(6000))), body));
        }
        for (String name : numberParams) {
            calls.add(param(op, "param:string-for-number " + name, at.apply(path, with(query, encode(name), "abc")), body));
            calls.add(param(op, "param:huge-number " + name,
                    at.apply(path, with(query, encode(name), "99999999999999999999999")), body));
            calls.add(param(op, "param:negative " + name, at.apply(path, with(query, encode(name), "-5")), body));
        }
        if (query.containsKey("size") || stringParams.contains("size") || numberParams.contains("size")) {
            calls.add(param(op, "param:negative-paging", at.apply(path, with(with(query, "page", "-1"), "size", "-5")), body));
        }
        String plain = at.apply(path, query);
        String glue = plain.contains("?") ? "&" : "?";
        calls.add(param(op, "param:malformed %ZZ", plain + glue + "a=%ZZ", body));
        calls.add(param(op, "param:malformed %FF", plain + glue + "x=%FF", body));
        calls.add(param(op, "param:empty name", plain + glue + "=x", body));
        calls.add(param(op, "param:control in name", plain + glue + "a%01b=1", body));
        for (String name : pathParams) {
            calls.add(param(op, "path:nul " + name, at.apply(with(path, name, "a%00b"), query), body));
            calls.add(param(op, "path:control " + name, at.apply(with(path, name, "a%01b"), query), body));
            calls.add(param(op, "path:bidi " + name, at.apply(with(path, name, "%E2%80%AEab"), query), body));
            calls.add(param(op, "path:long " + name, at.apply(with(path, name, "x".repeat(3000)), query), body));
        }
        if (body.contentType() != null) {
            calls.addAll(hostileBodies(op, write, plain));
        }
        return calls;
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return copy;
    }

    private static Call param(Operation op, String label, String target, Body body) {
        return new Call(label, op.method(), target, body.contentType(), body.bytes());
    }

    private List<Call> hostileBodies(Operation op, boolean write, String target) {
        List<Call> calls = new ArrayList<>();
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.path("application/json").path("schema"));
            for (String mutation : List.of("nul", "control", "bidi", "long", "object-for-string", "string-for-number",
                    "huge-number", "array-for-object")) {
                JsonNode value = value("body", schema, write, 0, mutation);
                if (mutated) {
                    calls.add(new Call("body:" + mutation, op.method(), target, "application/json",
                            json.writeValueAsBytes(value)));
                }
            }
            calls.add(new Call("body:malformed", op.method(), target, "application/json",
                    "{\"a\": [1, ".getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("body:deep", op.method(), target, "application/json",
                    ("[".repeat(3000) + "]".repeat(3000)).getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("body:array", op.method(), target, "application/json",
                    "[]".getBytes(StandardCharsets.UTF_8)));
            calls.add(new Call("body:empty", op.method(), target, "application/json", new byte[0]));
        } else if (content.has("multipart/form-data")) {
            for (String name : List.of("a\u202Egpj.exe", "a\u0000b.pdf", LONG.substring(0, 2000) + ".pdf")) {
                Body body = multipart(name, "%PDF-1.4 fuzz".getBytes(StandardCharsets.UTF_8));
                calls.add(new Call("body:file name " + name.substring(0, Math.min(8, name.length())), op.method(),
                        target, body.contentType(), body.bytes()));
            }
            // An import file (catalog, administrative units) whose texts carry NUL and bidi overrides.
            Body imported = multipart("import.json", ("{\"fields\":[{\"code\":\"F\\u0000\",\"name\":\"\\u202Ex\"}],"
                    + "\"procedures\":[{\"code\":\"1.0\\u0000\",\"name\":\"a\\u0000b\",\"agency\":\"x\\u0000\","
                    + "\"field\":\"F\\u0000\"}],\"Code\":\"01\",\"Name\":\"a\\u0000b\"}")
                    .getBytes(StandardCharsets.UTF_8));
            calls.add(new Call("body:import file with NUL", op.method(), target, imported.contentType(), imported.bytes()));
            Body empty = multipart("empty.pdf", new byte[0]);
            calls.add(new Call("body:empty file", op.method(), target, empty.contentType(), empty.bytes()));
            calls.add(new Call("body:broken multipart", op.method(), target,
                    "multipart/form-data; boundary=fuzz", "--fuzz\r\nnonsense".getBytes(StandardCharsets.UTF_8)));
        } else {
            String type = content.propertyNames().iterator().hasNext() ? content.propertyNames().iterator().next()
                    : "application/octet-stream";
            for (String text : List.of("{\"code\":\"a\\u0000b\",\"applicantName\":\"a\u0000b\"}",
                    "{\"applicantName\":\"" + LONG + "\"}", "\u202E{]", "x".repeat(30_000))) {
                calls.add(new Call("body:raw", op.method(), target, type, text.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return calls;
    }

    // ---------------------------------------------------------------- values

    record Body(String contentType, byte[] bytes) {
    }

    private Body body(Operation op, boolean write, String mutation) {
        JsonNode content = op.node().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return new Body(null, null);
        }
        if (content.has("application/json")) {
            JsonNode value = value("body", resolve(content.path("application/json").path("schema")), write, 0, mutation);
            return new Body("application/json", json.writeValueAsBytes(value));
        }
        if (content.has("multipart/form-data")) {
            return multipart("fuzz.pdf", "%PDF-1.4\n%fuzz\n".getBytes(StandardCharsets.UTF_8));
        }
        String type = content.propertyNames().iterator().next();
        return new Body(type, ("{\"code\":\"" + unique() + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Body multipart(String fileName, byte[] bytes) {
        String boundary = "fuzzboundary7MA4YWxk";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + bytes.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(bytes, 0, all, h.length, bytes.length);
        System.arraycopy(t, 0, all, h.length + bytes.length, t.length);
        return new Body("multipart/form-data; boundary=" + boundary, all);
    }

    /** Whether the last {@link #value} call applied its mutation somewhere. */
    private boolean mutated;

    /**
     * A JSON value of the schema; with a mutation, one spot of the right kind (a string, a number, an
     * object) chosen by the seeded random gets the hostile value instead.
     */
    private JsonNode value(String name, JsonNode schema, boolean write, int depth, String mutation) {
        if (depth == 0) {
            mutated = false;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        schema = resolve(schema);
        String type = type(schema);
        boolean apply = mutation != null && !mutated && (depth == 0 || random.nextInt(3) == 0);
        switch (type) {
            case "object" -> {
                if (apply && mutation.equals("array-for-object") && depth > 0) {
                    mutated = true;
                    return nodes.arrayNode();
                }
                ObjectNode object = nodes.objectNode();
                if (depth > 4) {
                    return object;
                }
                JsonNode properties = schema.path("properties");
                List<String> names = new ArrayList<>(properties.propertyNames());
                for (String property : names) {
                    if (mutation == null && nullable(properties.get(property)) && random.nextInt(3) == 0) {
                        continue; // left out, as a client may: absent fields reach the paths where they are optional
                    }
                    object.set(property, value(property, properties.get(property), write, depth + 1, mutation));
                }
                if (mutation != null && !mutated && depth == 0) {
                    // No spot taken at random: the first property that fits takes it.
                    for (String property : names) {
                        JsonNode forced = forced(property, resolve(properties.get(property)), mutation);
                        if (forced != null) {
                            object.set(property, forced);
                            mutated = true;
                            break;
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                if (depth <= 4) {
                    array.add(value(name, schema.path("items"), write, depth + 1, mutation));
                }
                return array;
            }
            case "integer", "number" -> {
                if (apply && mutation.equals("string-for-number")) {
                    mutated = true;
                    return nodes.stringNode("abc");
                }
                if (apply && mutation.equals("huge-number")) {
                    mutated = true;
                    return nodes.numberNode(new java.math.BigInteger("9".repeat(40)));
                }
                return nodes.numberNode(Long.parseLong(valueText(name, schema, write)));
            }
            case "boolean" -> {
                return nodes.booleanNode(true);
            }
            default -> {
                if (apply) {
                    JsonNode hostile = hostileString(mutation);
                    if (hostile != null) {
                        mutated = true;
                        return hostile;
                    }
                }
                return nodes.stringNode(valueText(name, schema, write));
            }
        }
    }

    private JsonNode forced(String property, JsonNode schema, String mutation) {
        String type = type(schema);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (type.equals("string")) {
            return hostileString(mutation);
        }
        if (type.equals("integer") || type.equals("number")) {
            return mutation.equals("string-for-number") ? nodes.stringNode("abc")
                    : mutation.equals("huge-number") ? nodes.numberNode(new java.math.BigInteger("9".repeat(40)))
                    : null;
        }
        if (type.equals("object") && mutation.equals("array-for-object")) {
            return nodes.arrayNode();
        }
        return null;
    }

    private static JsonNode hostileString(String mutation) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (mutation) {
            case "nul" -> nodes.stringNode("a\u0000b");
            case "control" -> nodes.stringNode("ab\u0001c\u0085");
            case "bidi" -> nodes.stringNode("ab\u202Ecd");
            case "long" -> nodes.stringNode(LONG);
            case "object-for-string" -> nodes.objectNode().put("x", 1);
            default -> null;
        };
    }

    /** A path parameter: ids that no record has, codes no record has, the forms and actions that exist. */
    private String pathValue(String name, JsonNode schema) {
        if (isNumber(schema)) {
            return "987654321";
        }
        return switch (name) {
            case "date" -> "2026-11-15";
            case "edition" -> "2025";
            case "number" -> List.of("01", "05").get(random.nextInt(2));
            case "action" -> List.of("receive", "forward", "resolve", "nope").get(random.nextInt(4));
            case "agencyCode" -> random.nextBoolean() ? agencyCode : unique();
            case "fileId" -> "00000000-0000-0000-0000-000000000000";
            default -> unique();
        };
    }

    /** A value of the schema's type, as text, picked by the name where the type says little. */
    private String valueText(String name, JsonNode schema, boolean write) {
        JsonNode values = schema.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            List<String> choices = new ArrayList<>();
            values.forEach(v -> {
                if (!v.isNull()) {
                    choices.add(v.asString());
                }
            });
            if (!choices.isEmpty()) {
                return choices.get(random.nextInt(choices.size()));
            }
        }
        String format = schema.path("format").asString("");
        String date = write ? "2199-01-15" : "2026-11-15";
        if (format.equals("date")) {
            return date;
        }
        if (format.equals("date-time")) {
            return date + "T02:00:00Z";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isNumber(schema)) {
            return switch (lower) {
                case "page", "version" -> "0";
                case "size" -> "10";
                case "year" -> "2026";
                case "month" -> "11";
                case "quarter" -> "4";
                case "workingdays", "workinghours", "originals", "copies", "amount" -> "2";
                default -> lower.contains("agency") || lower.equals("parentid") ? String.valueOf(agencyId)
                        : "987654321";
            };
        }
        if (type(schema).equals("boolean")) {
            return "true";
        }
        return switch (lower) {
            case "from", "to", "date", "receivedfrom", "receivedto", "birthdate" -> date;
            case "start", "expiresat", "newappointment" -> date + "T02:00:00Z";
            case "year" -> "2026";
            case "month" -> "11";
            case "quarter" -> "4";
            case "period" -> "month";
            case "format" -> "json";
            case "tab" -> "RECEIVE";
            case "cell" -> "received";
            case "active" -> "true";
            case "edition" -> "2025";
            case "level" -> "PROVINCE";
            case "contact", "phone" -> "0912345678";
            case "email" -> "fuzz@example.vn";
            case "q", "name", "fullname", "displayname", "summary", "note" -> "Nguyễn Văn Fuzz " + counter++;
            case "agency", "agencycode" -> agencyCode;
            case "username" -> "fz" + unique().toLowerCase(Locale.ROOT);
            case "password", "newpassword", "currentpassword" -> "Fuzz-Passw0rd-" + counter++;
            default -> unique();
        };
    }

    private String unique() {
        return TestData.unique("FZ");
    }

    private static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value));
            target += q;
        }
        return target;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(components.path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        for (String combined : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(combined)) {
                for (Iterator<JsonNode> it = schema.get(combined).iterator(); it.hasNext();) {
                    JsonNode option = it.next();
                    if (!"null".equals(type(option))) {
                        return resolve(option);
                    }
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
            return "null";
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return schema.has("$ref") ? "object" : "string";
    }

    private static boolean nullable(JsonNode schema) {
        if (schema.path("type").isArray()) {
            for (JsonNode t : schema.path("type")) {
                if (t.asString().equals("null")) {
                    return true;
                }
            }
        }
        for (JsonNode option : schema.path("anyOf")) {
            if ("null".equals(type(option))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(JsonNode schema) {
        String type = type(schema);
        return type.equals("integer") || type.equals("number");
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of the two-node check (bench/twonode/run.sh), through the REST API of two motcua nodes on
 * one PostgreSQL: set-up as the administrator, then for each of {@code --keys} dossiers the same
 * counter intake sent {@code --copies} times at once with one Idempotency-Key, half to each node; then
 * each dossier's forward, resolve and return, each action sent {@code --copies} times at once with its
 * own key across both nodes. A request that fails on a node (connection refused while the script kills
 * it, or a 5xx) is retried with the same key on the other node. Prints what each request answered;
 * the script checks the database afterwards. Single-file program: {@code java TwoNodeClient.java ...}.
 */
public final class TwoNodeClient {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> nodes;
    private final String adminPassword;
    private final String password;
    private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

    private TwoNodeClient(List<String> nodes, String adminPassword, String password) {
        this.nodes = nodes;
        this.adminPassword = adminPassword;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        TwoNodeClient c = new TwoNodeClient(List.of(o.get("node-a"), o.get("node-b")), o.get("admin-password"),
                o.getOrDefault("password", "Bench-Two-Nodes-2026"));
        c.run(Integer.parseInt(o.getOrDefault("keys", "40")), Integer.parseInt(o.getOrDefault("copies", "8")),
                o.getOrDefault("run", UUID.randomUUID().toString().substring(0, 6)));
    }

    private void run(int keys, int copies, String run) throws Exception {
        String suffix = run.toUpperCase();
        String field = "LV2N" + suffix;
        call(0, "PUT", "/api/v1/catalog/fields/" + field, "admin", adminPassword, null,
                "{\"code\":\"" + field + "\",\"name\":\"Lĩnh vực hai nút\"}");
        String agencyCode = "H2N." + suffix;
        String agency = call(0, "POST", "/api/v1/agencies", "admin", adminPassword, null, """
                {"code":"%s","name":"Sở thử hai nút %s","type":"DEPARTMENT","level":"PROVINCE"}""".formatted(agencyCode,
                suffix));
        long agencyId = Long.parseLong(match(ID, agency));
        String reception = officer(agencyId, "RECEPTION", "tn" + run);
        String specialist = officer(agencyId, "SPECIALIST", "cv" + run);
        String leader = officer(agencyId, "LEADER", "ld" + run);
        String procedure = "9.2N." + suffix;
        call(0, "PUT", "/api/v1/catalog/procedures/" + procedure, "admin", adminPassword, null, """
                {"code":"%s","name":"Thủ tục thử hai nút","field":"%s","levels":["PROVINCE"],"agency":"%s","chain":[],
                 "timeLimit":{"amount":5,"unit":"WORKING_DAYS"},"fees":[],
                 "documents":[{"name":"Tờ khai","originals":1,"copies":0,"required":true}],"result":"Giấy phép",
                 "onlineLevel":"PARTIAL","onTheSpot":"NONE","applicants":["CITIZEN"],"anyResidence":false,
                 "process":[
                  {"name":"Tiếp nhận","role":"RECEPTION","agency":"RESOLVING","share":{"amount":4,"unit":"WORKING_HOURS"}},
                  {"name":"Thẩm định","role":"SPECIALIST","agency":"RESOLVING","share":{"amount":16,"unit":"WORKING_HOURS"}},
                  {"name":"Phê duyệt","role":"LEADER","agency":"RESOLVING","share":{"amount":8,"unit":"WORKING_HOURS"}},
                  {"name":"Trả kết quả","role":"RECEPTION","agency":"RESOLVING","share":{"amount":0,"unit":"WORKING_HOURS"}}],
                 "active":true}""".formatted(procedure, field, agencyCode));
        System.out.println("set-up: agency " + agencyCode + ", procedure " + procedure);

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(8, copies * 2));
        List<String> codes = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < keys; k++) {
            String key = "intake-" + run + "-" + k;
            String body = """
                    {"procedureCode":"%s","channel":"DIRECT","delivery":"COUNTER",
                     "applicant":{"kind":"CITIZEN","name":"Nguyễn Thị Hằng","idNumber":"001190012345","phone":"0912345678"},
                     "documents":[{"requirement":"Tờ khai","fileName":"to-khai.pdf"}],"decision":"RECEIVE"}"""
                    .formatted(procedure);
            codes.add(same(pool, copies, "intake " + k, node -> call(node, "POST", "/api/v1/dossiers/intake", reception,
                    password, key, body)));
        }
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            act(pool, copies, specialist, code, "forward", "{}", "forward-" + run + "-" + k);
            act(pool, copies, leader, code, "resolve", "{\"result\":\"APPROVED\"}", "resolve-" + run + "-" + k);
            act(pool, copies, reception, code, "return-result", "{}", "return-" + run + "-" + k);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("dossiers: %d keys × %d copies at once over 2 nodes, 3 actions each × %d copies, %.1f s%n",
                keys, copies, copies, seconds);
        System.out.println("answers: " + new java.util.TreeMap<>(statuses));
        System.out.println("agency: " + agencyCode);
    }

    private void act(ExecutorService pool, int copies, String user, String code, String action, String body,
            String key) throws Exception {
        String answered = same(pool, copies, action + " " + code, node -> call(node, "POST",
                "/api/v1/dossiers/" + code + "/actions/" + action, user, password, key, body));
        if (!answered.equals(code)) {
            throw new IllegalStateException(action + " of " + code + " answered " + answered);
        }
    }

    /** Sends one request {@code copies} times at once, half to each node; all must answer the same code. */
    private String same(ExecutorService pool, int copies, String what, NodeCall request) throws Exception {
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            int node = i % 2;
            answers.add(pool.submit(() -> match(CODE, request.on(node))));
        }
        String first = null;
        for (Future<String> f : answers) {
            String code = f.get();
            if (first == null) {
                first = code;
            } else if (!first.equals(code)) {
                throw new IllegalStateException(what + ": answers " + first + " and " + code);
            }
        }
        return first;
    }

    private interface NodeCall {
        String on(int node) throws Exception;
    }

    private String officer(long agencyId, String role, String username) throws Exception {
        call(0, "POST", "/api/v1/officers", "admin", adminPassword, null, """
                {"fullName":"Cán bộ %s","agencyId":%d,"username":"%s","password":"%s",
                 "roles":[{"role":"%s","agencyId":%d}]}""".formatted(username, agencyId, username, password, role,
                agencyId));
        return username;
    }

    /** One request, retried with the same key on the other node while a node is down or failing (30 s at most). */
    private String call(int node, String method, String path, String user, String pass, String key, String body)
            throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int at = node;
        while (true) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(nodes.get(at) + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
            if (key != null) {
                b.header("Idempotency-Key", key);
            }
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(method + " " + kind(path) + " " + r.statusCode(), s -> new AtomicInteger())
                        .incrementAndGet();
                if (r.statusCode() < 500) {
                    if (r.statusCode() >= 400) {
                        throw new IllegalStateException(method + " " + path + " on node " + at + ": " + r.statusCode()
                                + " " + r.body());
                    }
                    return r.body();
                }
            } catch (java.io.IOException e) {
                statuses.computeIfAbsent("node down, retried elsewhere", s -> new AtomicInteger()).incrementAndGet();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(method + " " + path + ": no node answered for 30 s");
            }
            at = 1 - at;
            Thread.sleep(100);
        }
    }

    private static String kind(String path) {
        return path.replaceAll("/dossiers/[^/]+/actions/", "/dossiers/{code}/actions/").replaceAll("/[0-9.A-Z]+2N[^/]*",
                "/{code}");
    }

    private static String match(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + text);
        }
        return m.group(1);
    }
}

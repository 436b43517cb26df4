package vn.motcua.bench.lifecycle;

/** The driver's command-line options. */
final class Options {
    int threads = 4;
    int agencies = 1;
    int seconds = 30;
    int warmupSeconds = 5;
    long lifecycles;
    boolean outboxListener;
    boolean requestIds;
    boolean countStatements = true;
    boolean vacuumFull;
    double pgbenchTps;
    String resultsDir = "bench/results";

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                case "--agencies" -> o.agencies = Integer.parseInt(args[++i]);
                case "--seconds" -> o.seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> o.warmupSeconds = Integer.parseInt(args[++i]);
                case "--lifecycles" -> o.lifecycles = Long.parseLong(args[++i]);
                case "--outbox-listener" -> o.outboxListener = true;
                case "--request-ids" -> o.requestIds = true;
                case "--no-statement-count" -> o.countStatements = false;
                case "--vacuum-full" -> o.vacuumFull = true;
                case "--pgbench-tps" -> o.pgbenchTps = Double.parseDouble(args[++i]);
                case "--results" -> o.resultsDir = args[++i];
                default -> {
                    System.err.println("""
                            usage: LifecycleDriver [--threads 4] [--agencies 1] [--seconds 30 | --lifecycles N] [--warmup 5]
                                   [--outbox-listener] [--request-ids] [--no-statement-count] [--vacuum-full] [--pgbench-tps X]
                                   [--results bench/results]
                            environment: MOTCUA_DB_URL (default jdbc:postgresql://127.0.0.1:5432/motcua_bench),
                                         MOTCUA_DB_USER (postgres), MOTCUA_DB_PASSWORD, MOTCUA_ADMIN_PASSWORD""");
                    System.exit(a.equals("--help") ? 0 : 2);
                }
            }
        }
        return o;
    }
}

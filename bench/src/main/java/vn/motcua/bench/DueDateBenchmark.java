package vn.motcua.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.PauseWindow;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;

/**
 * Due-date computations on one thread (target: ≥ 1 M/s on one core, PERFORMANCE.md). Each
 * invocation computes 1,024 due dates from receipt instants spread over 2015–2035 at arbitrary
 * seconds (inside and outside office hours), so the figure is per due date.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DueDateBenchmark {

    private static final int BATCH = 1024;

    private WorkingCalendar calendar;
    private Instant[] starts;
    private WorkingDuration[] limits;
    private List<PauseWindow> pauses;

    @Setup
    public void setUp() {
        calendar = WorkingCalendar.of(ZoneId.of("Asia/Ho_Chi_Minh"), OfficeHours.PROVINCE_DEFAULT, List.of());
        starts = new Instant[BATCH];
        limits = new WorkingDuration[BATCH];
        long from = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
        long span = Instant.parse("2035-01-01T00:00:00Z").getEpochSecond() - from;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < BATCH; i++) {
            starts[i] = Instant.ofEpochSecond(from + random.nextLong(span));
            int quarters = 1 + random.nextInt(30 * 4);
            limits[i] = i % 4 == 0 ? WorkingDuration.hours(quarters / 2.0) : WorkingDuration.days(quarters / 4.0);
        }
        Instant pause = Instant.parse("2025-03-04T02:00:00Z");
        pauses = List.of(new PauseWindow(pause, pause.plusSeconds(3 * 86_400)));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void dueDate(Blackhole blackhole) {
        for (int i = 0; i < BATCH; i++) {
            blackhole.consume(calendar.due(starts[i], limits[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void dueDateWithAPause(Blackhole blackhole) {
        for (int i = 0; i < BATCH; i++) {
            blackhole.consume(calendar.due(starts[i], limits[i], pauses));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void workingTimeBetween(Blackhole blackhole) {
        for (int i = 1; i < BATCH; i++) {
            blackhole.consume(calendar.workingTime(starts[i - 1], starts[i]));
        }
    }
}

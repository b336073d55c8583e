import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fallback load generator of bench/run.sh (LOADGEN=java), for machines without wrk. Closed loop: a fixed pool
 * of CLIENTS threads, each sending its next request when the last one answered, for WARMUP seconds (not
 * counted) and then SECONDS. On a 2-core machine it takes a good share of the CPU from the application, so its
 * figures are lower than wrk's; compare runs made with the same generator.
 *
 * <pre>java bench/Load.java NAME URL CLIENTS SECONDS WARMUP "Header: value" [TERMS_FILE]</pre>
 *
 * "{q}" in URL is replaced by a random line of TERMS_FILE, URL-encoded. Prints the same line as bench/wrk.lua:
 * NAME requests=N errors=N throughput=N/s median=Nms p99=Nms (errors: any answer but 200, and I/O errors).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String template = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String[] header = args[5].split(":\\s*", 2);
        List<String> terms = args.length > 6
                ? Files.readAllLines(Path.of(args[6])).stream().filter(line -> !line.isBlank()).toList()
                : List.of("");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            if (warmup > 0) {
                run(pool, http, template, header, terms, clients, warmup);
            }
            long started = System.nanoTime();
            List<Result> results = run(pool, http, template, header, terms, clients, seconds);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] latencies = results.stream()
                    .flatMapToLong(result -> Arrays.stream(result.latencies, 0, result.count))
                    .sorted()
                    .toArray();
            long errors = results.stream().mapToLong(result -> result.errors.get()).sum();
            System.out.printf(
                    "%-14s requests=%d errors=%d throughput=%.1f/s median=%.1fms p99=%.1fms%n",
                    name,
                    latencies.length + errors,
                    errors,
                    (latencies.length + errors) / elapsed,
                    percentile(latencies, 50) / 1e6,
                    percentile(latencies, 99) / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Result {
        final long[] latencies = new long[1_000_000];
        final AtomicLong errors = new AtomicLong();
        int count;
    }

    private static List<Result> run(
            ExecutorService pool,
            HttpClient http,
            String template,
            String[] header,
            List<String> terms,
            int clients,
            int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Result result = new Result();
                while (System.nanoTime() < deadline && result.count < result.latencies.length) {
                    String term = terms.get(ThreadLocalRandom.current().nextInt(terms.size()));
                    String url = template.replace("{q}", URLEncoder.encode(term, StandardCharsets.UTF_8));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .header(header[0], header[1])
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            result.latencies[result.count++] = System.nanoTime() - start;
                        } else {
                            result.errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        result.errors.incrementAndGet();
                    }
                }
                return result;
            }));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: N clients, each sending its next request when the last one answered, for a
 * fixed time after a warm-up. Prints one line: scenario, requests, errors, req/s, median and p99 in ms.
 *
 * <p>java Load.java NAME URL_TEMPLATE CLIENTS SECONDS WARMUP_SECONDS HEADER [TERMS_FILE]; "{q}" in the URL is
 * replaced by a random line of TERMS_FILE.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String template = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String header = args[5];
        List<String> terms = args.length > 6 ? java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[6])) : List.of("");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        run(http, template, header, terms, clients, warmup, null);
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = run(http, template, header, terms, clients, seconds, errors);

        long[] all = perClient.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        double perSecond = all.length / (double) seconds;
        System.out.printf("%-14s requests=%d errors=%d throughput=%.1f/s median=%.1fms p99=%.1fms%n",
                name, all.length, errors.get(), perSecond, percentile(all, 50) / 1e6, percentile(all, 99) / 1e6);
    }

    private static List<long[]> run(HttpClient http, String template, String header, List<String> terms,
            int clients, int seconds, AtomicLong errors) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            results.add(latencies);
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < latencies.length) {
                    String term = terms.get(ThreadLocalRandom.current().nextInt(terms.size()));
                    String url = template.replace("{q}", java.net.URLEncoder.encode(term, java.nio.charset.StandardCharsets.UTF_8));
                    String[] h = header.split(": ", 2);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header(h[0], h[1]).GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            if (errors != null) errors.incrementAndGet();
                        } else {
                            latencies[n++] = took;
                        }
                    } catch (Exception e) {
                        if (errors != null) errors.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return results;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}

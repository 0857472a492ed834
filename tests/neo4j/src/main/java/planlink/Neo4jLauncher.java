package planlink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real Neo4j 5 (community) with a Bolt listener on 127.0.0.1, with authentication on, and
 * prints "READY bolt://host:port ..." once it accepts connections. It stops on Ctrl-C / SIGTERM, or,
 * with --exit-on-eof, at once when its standard input closes (so a test session that dies takes it
 * along).
 * The store lives in a scratch folder that is removed on stop: this is for tests and for trying
 * planlink on Neo4j, not for keeping data (run a Neo4j server for that).
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        int port = 7687;
        String user = "neo4j";
        String password = System.getenv().getOrDefault("PLANLINK_NEO4J_PASSWORD", "");
        long pageCacheMb = 256;
        Path dir = null;
        boolean exitOnEof = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--password" -> password = args[++i];
                case "--page-cache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--exit-on-eof" -> exitOnEof = true;
                default -> {
                    System.err.println("usage: java -Xmx768m -jar planlink-neo4j.jar [--port 7687] "
                            + "--password PASSWORD (8+ characters; or PLANLINK_NEO4J_PASSWORD) "
                            + "[--page-cache-mb 256] [--dir FOLDER] [--exit-on-eof]");
                    System.exit(2);
                }
            }
        }
        if (password.length() < 8) {
            System.err.println("give a password of 8 characters or more: --password PASSWORD "
                    + "(or PLANLINK_NEO4J_PASSWORD); the user is " + user);
            System.exit(2);
        }
        boolean ownDir = dir == null;
        if (ownDir) {
            dir = Files.createTempDirectory("planlink-neo4j");
        }
        Path scratch = dir;
        long t0 = System.nanoTime();
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer() // Bolt only: no HTTP / browser endpoint
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
        // the harness's embedded access to the system database bypasses auth: set the password the
        // way `neo4j-admin dbms set-initial-password` would
        neo4j.databaseManagementService().database("system").executeTransactionally(
                "ALTER USER " + user + " SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close(); // removes the store it made inside the folder
            if (ownDir) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException ignored) {
                    // not empty: leave it
                }
            }
            stopped.countDown();
        }));
        System.out.println("READY " + neo4j.boltURI() + " user " + user + " (Neo4j "
                + neo4j.defaultDatabaseService().executeTransactionally(
                        "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                        r -> r.next().get("v")) + ", page cache " + pageCacheMb + " MB, heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, started in "
                + (System.nanoTime() - t0) / 1_000_000_000 + " s)");
        System.out.flush();
        if (exitOnEof) {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // keep reading until the parent closes the pipe
                }
            } catch (IOException ignored) {
                // a broken pipe is an end too
            }
            // a scratch store needs no orderly shutdown (which takes Neo4j ~10 s): the caller
            // removes the folder; Ctrl-C or SIGTERM still close it in order
            Runtime.getRuntime().halt(0);
        }
        stopped.await();
    }
}

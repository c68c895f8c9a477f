import java.lang.reflect.Field;
import java.util.List;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.LoopThread;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 (the last version for Java 17) and repairs its two start-up races, which
 * left a third to a half of kernel starts silent on this project's busy 2-core machines (7 of 20 and 8 of 15
 * at load 10): Jupyter then gave up with "Kernel didn't respond in 60 seconds", or "Kernel died before
 * replying to kernel_info". Through this launcher: 0 of 60.
 *
 * <ol>
 *   <li>{@code LoopThread.start()} starts the thread before it sets {@code running = true}. A thread that is
 *       scheduled at once sees {@code false}, and its loop ends before it begins: the kernel never reads its
 *       shell (or control, or heartbeat) socket. When all three lose, the kernel process exits.
 *   <li>{@code Channels.connect} binds the sockets and starts their threads before it registers the message
 *       handlers. A {@code kernel_info_request} that arrives in between (Jupyter sends one at once, then every
 *       second) throws a NullPointerException that ends the shell thread.
 * </ol>
 *
 * Both leave a dead loop thread behind once {@code connect} has returned, and nothing else does. So this
 * launcher runs the kernel, waits until it has connected, and gives each channel whose loop thread ended a new
 * one with the same loop body. A request lost in the second race is sent again by the client.
 *
 * <p>Usage, in kernel.json: {@code java -cp rapaio-jupyter-kernel-3.0.1.jar:DIR KernelLauncher {connection_file}}.
 */
public final class KernelLauncher {
    private KernelLauncher() {
    }

    public static void main(String[] args) {
        Thread repair = new Thread(KernelLauncher::repairLoops, "kernel-launcher");
        repair.setDaemon(true);
        repair.start();
        try {
            MainApp.main(args); // returns once the kernel's loop threads end, after a shutdown_request
        } catch (Exception e) {
            // The kernel could not start (a port taken, a bad connection file). Exit, rather than leave
            // the loop threads already started running with no kernel behind them.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void repairLoops() {
        try {
            Object channels = null;
            for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline; Thread.sleep(10)) {
                channels = MainApp.kernel.channels();
                if (channels != null && (boolean) field(channels, "isConnected")) {
                    break;
                }
                channels = null;
            }
            if (channels == null) {
                return; // not connected after two minutes: the kernel failed and reports why itself
            }
            for (String name : List.of("shell", "control", "heartbeat")) {
                Object channel = field(channels, name);
                Thread loop = (Thread) field(channel, "loopThread");
                // A loop that is running sleeps 50 ms between polls; one that lost a race ends. Wait to see which.
                for (int i = 0; i < 1000 && (loop.getState() == Thread.State.RUNNABLE || loop.getState() == Thread.State.NEW); i++) {
                    Thread.sleep(5);
                }
                if (loop.getState() == Thread.State.TERMINATED) {
                    LoopThread fresh = new LoopThread(loop.getName(), (long) field(loop, "sleep"), (Runnable) field(loop, "loopBody"));
                    setField(fresh, "running", true); // before start(): the very race being repaired
                    setField(channel, "loopThread", fresh);
                    fresh.start();
                    System.err.println("KernelLauncher: the kernel's " + name + " loop had ended at start-up (a race in "
                            + "rapaio-jupyter-kernel 3.0.1); started a new one");
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("KernelLauncher: cannot check the kernel's loop threads (" + e + "); it runs unchecked");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        return declared(o.getClass(), name).get(o);
    }

    private static void setField(Object o, String name, Object value) throws ReflectiveOperationException {
        declared(o.getClass(), name).set(o, value);
    }

    private static Field declared(Class<?> c, String name) throws NoSuchFieldException {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(c.getName() + "." + name);
    }
}

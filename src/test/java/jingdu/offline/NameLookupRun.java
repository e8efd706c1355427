package jingdu.offline;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Child process of {@code NamesOfflineTest}: sets names up as {@code jingdu.Main} does (through its entry point's
 * first step, by reflection: the method is the launcher's), then asks for a public name and this machine's own,
 * and prints what the JDK answered.
 */
public final class NameLookupRun {

    private NameLookupRun() {
    }

    public static void main(String[] args) throws Exception {
        var keep = jingdu.Main.class.getDeclaredMethod("keepNamesOffTheNetwork");
        keep.setAccessible(true);
        keep.invoke(null);
        for (String name : new String[] {"example.org", null}) {
            try {
                InetAddress a = name == null ? InetAddress.getLocalHost() : InetAddress.getByName(name);
                System.out.println("RESOLVED " + a);
            } catch (UnknownHostException e) {
                System.out.println("UNKNOWN " + e.getMessage());
            }
        }
    }
}

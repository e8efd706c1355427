package jingdu.offline;

import java.net.SocketPermission;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Allows everything except opening, listening on or accepting a network socket, and records each
 * attempt. Installed with {@code -Djava.security.manager=jingdu.offline.NoNetworkSecurityManager}.
 */
@SuppressWarnings("removal")
public final class NoNetworkSecurityManager extends SecurityManager {

    static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission) {
            ATTEMPTS.add(perm.getName() + " " + perm.getActions());
            throw new SecurityException("network access attempted: " + perm);
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }
}

package edu.aum.course.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** How this instance signs its claims (host, process, and a random part, since a restart is another instance). */
public final class InstanceName {

    private static final String NAME = host() + "/" + ProcessHandle.current().pid() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private InstanceName() {}

    public static String get() {
        return NAME;
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}

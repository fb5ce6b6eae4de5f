package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    @Test
    void byDefaultNoPeerIsTrustedNotEvenTheLoopbackOrAPrivateNetwork() {
        var valve = new RemoteIpValve();
        assertThat(valve.getInternalProxies())
                .as("Tomcat's own default trusts private networks")
                .isNotNull();
        new TrustedProxies(List.of()).trustOnlyListed(valve);
        assertThat(valve.getInternalProxies()).isNull();
        assertThat(valve.getTrustedProxies()).isNull();
    }

    @Test
    void listedAddressesAndBlocksBecomeTomcatsInternalProxies() {
        var valve = new RemoteIpValve();
        new TrustedProxies(List.of(" 10.1.2.3", "192.168.7.0/24", "::1", "")).trustOnlyListed(valve);
        assertThat(valve.getInternalProxies()).isEqualTo("10.1.2.3/32, 192.168.7.0/24, ::1/128");
    }
}

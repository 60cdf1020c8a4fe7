package io.virtaudit.model.derived;

import java.util.List;

/**
 * A port group name that powered-on VMs of a cluster use, where the cluster's hosts do not all
 * offer it alike (NET-009): one fact per cluster and name, made only when something differs.
 *
 * @param cluster      the cluster's id
 * @param name         the port group's name, as VMs see it
 * @param hostsWithout ACTIVE hosts of the cluster with no port group of that name (known only when
 *                     every port group of that name knows its hosts), sorted
 * @param differences  what differs between the hosts' port groups of that name, one text per
 *                     aspect: {@code vlan 100 on esx01, esx02; 200 on esx03}
 * @param pcVm         a powered-on PC VM of the cluster uses it
 */
public record PortGroupSpread(String cluster, String name, List<String> hostsWithout, List<String> differences,
                              boolean pcVm) {
}

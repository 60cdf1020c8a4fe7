package io.virtaudit.engine;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions of the estate's hosts, clusters and LUNs, so that aggregates are kept in arrays and
 * each VM costs one lookup per reference; ranks give the ids' sorted order without sorting keys
 * that are strings.
 */
final class EstateIndex {

    final List<Host> hosts;
    final List<Cluster> clusters;
    final List<Lun> luns;
    private final Map<String, Integer> hostPositions;
    private final Map<String, Integer> clusterPositions;
    private final Map<String, Integer> lunPositions;
    /** Per host position: the position of its cluster, or -1 when standalone or unknown. */
    final int[] clusterOfHost;
    final int[] clusterRank;
    final int[] lunRank;
    /** Per cluster position: the positions of its hosts, in the order of the estate. */
    private final int[][] hostsOfCluster;

    EstateIndex(Estate estate) {
        this.hosts = estate.hosts();
        this.clusters = estate.clusters();
        this.luns = estate.luns();
        this.hostPositions = positions(hosts.stream().map(Host::id).toList());
        this.clusterPositions = positions(clusters.stream().map(Cluster::id).toList());
        this.lunPositions = positions(luns.stream().map(Lun::id).toList());
        this.clusterOfHost = new int[hosts.size()];
        for (int h = 0; h < hosts.size(); h++) {
            clusterOfHost[h] = hosts.get(h).cluster() == null ? -1 : cluster(hosts.get(h).cluster());
        }
        this.clusterRank = ranks(clusters.stream().map(Cluster::id).toList());
        this.lunRank = ranks(luns.stream().map(Lun::id).toList());
        this.hostsOfCluster = byCluster(clusterOfHost, clusters.size());
    }

    /** The positions of the hosts of the cluster at {@code cluster}. */
    int[] hostsOfCluster(int cluster) {
        return hostsOfCluster[cluster];
    }

    private static int[][] byCluster(int[] clusterOfHost, int clusters) {
        int[] counts = new int[clusters];
        for (int c : clusterOfHost) {
            if (c >= 0) {
                counts[c]++;
            }
        }
        int[][] out = new int[clusters][];
        for (int c = 0; c < clusters; c++) {
            out[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int h = 0; h < clusterOfHost.length; h++) {
            int c = clusterOfHost[h];
            if (c >= 0) {
                out[c][counts[c]++] = h;
            }
        }
        return out;
    }

    /** Position of the host with this id, or -1. */
    int host(String id) {
        return id == null ? -1 : hostPositions.getOrDefault(id, -1);
    }

    int cluster(String id) {
        return id == null ? -1 : clusterPositions.getOrDefault(id, -1);
    }

    int lun(String id) {
        return id == null ? -1 : lunPositions.getOrDefault(id, -1);
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> out = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            out.putIfAbsent(ids.get(i), i);
        }
        return out;
    }

    /** For each position, its rank when the ids are sorted. */
    private static int[] ranks(List<String> ids) {
        Integer[] order = new Integer[ids.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(ids::get));
        int[] rank = new int[ids.size()];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}

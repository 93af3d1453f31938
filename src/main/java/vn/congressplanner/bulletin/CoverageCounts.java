package vn.congressplanner.bulletin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Media coverage counted per outlet and kind (a database aggregate): one row per outlet in name
 * order, the column totals per kind and the grand total.
 */
public record CoverageCounts(List<Outlet> outlets, Map<CoverageKind, Long> byKind, long total) {

  public static final CoverageCounts NONE = of(List.of());

  public record Outlet(String name, Map<CoverageKind, Long> byKind, long total) {

    public long get(CoverageKind kind) {
      return byKind.getOrDefault(kind, 0L);
    }
  }

  public long get(CoverageKind kind) {
    return byKind.getOrDefault(kind, 0L);
  }

  public CoverageKind[] kinds() {
    return CoverageKind.values();
  }

  static CoverageCounts of(List<Outlet> outlets) {
    Map<CoverageKind, Long> byKind = new EnumMap<>(CoverageKind.class);
    long total = 0;
    for (Outlet o : outlets) {
      o.byKind().forEach((k, n) -> byKind.merge(k, n, Long::sum));
      total += o.total();
    }
    return new CoverageCounts(List.copyOf(outlets), Map.copyOf(byKind), total);
  }
}

package vn.congressplanner.bulletin;

/** How a media outlet published: newspaper, television, radio or online. */
public enum CoverageKind {
  PRINT,
  TV,
  RADIO,
  ONLINE
}

package vn.congressplanner.congress;

public enum CongressLevel {
  PROVINCE,
  DISTRICT,
  GRASSROOTS
}

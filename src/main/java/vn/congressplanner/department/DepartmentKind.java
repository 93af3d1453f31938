package vn.congressplanner.department;

public enum DepartmentKind {
  PARTY_BOARD,
  SECTOR,
  LOCALITY,
  FORCE,
  MEDIA,
  OTHER
}

package vn.congressplanner.bulletin;

/** The part of a congress day a bulletin reports on, in the order of the day. */
public enum BulletinSession {
  PREPARATORY,
  MORNING,
  AFTERNOON,
  EVENING
}

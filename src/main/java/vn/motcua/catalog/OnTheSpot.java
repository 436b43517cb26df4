package vn.motcua.catalog;

/** “4 tại chỗ” / “5 tại chỗ”: received, appraised, approved and returned (and paid) at the desk. */
public enum OnTheSpot {
    NONE, FOUR, FIVE
}

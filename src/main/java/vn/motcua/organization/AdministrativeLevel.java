package vn.motcua.organization;

/** Level of government (Cấp thực hiện). DISTRICT exists only in data from before 1 July 2025. */
public enum AdministrativeLevel {
    PROVINCE, DISTRICT, COMMUNE
}

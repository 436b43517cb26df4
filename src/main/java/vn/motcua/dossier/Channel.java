package vn.motcua.dossier;

/** How a dossier arrived, with the channel number of national data (1 direct, 2 online, 3 postal). */
public enum Channel {
    DIRECT(1), ONLINE(2), POSTAL(3);

    private final int nationalCode;

    Channel(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }
}

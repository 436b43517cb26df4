package vn.motcua.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rule alone (issue 12, finding 8): length, the shipped lists, the username. */
class PasswordPolicyTest {

    private static String key(String raw, String username) {
        return PasswordPolicy.violation(raw, username).map(PasswordPolicy.Violation::messageKey).orElse("ok");
    }

    @Test
    void twelveToOneHundredTwentyEightCharactersWithoutCompositionRules() {
        assertThat(key("Hung-Yen-26", "u")).isEqualTo("identity.password.tooShort");
        assertThat(key("hoa sen nở giữa hồ", "u")).isEqualTo("ok");
        assertThat(key("only lower case letters here", "u")).isEqualTo("ok");
        assertThat(key("a".repeat(64) + "b", "u")).isEqualTo("ok");
        assertThat(key("ab".repeat(36), "u")).isEqualTo("ok"); // 72 bytes: bcrypt reads them all
        assertThat(key("ab".repeat(36) + "c", "u")).isEqualTo("identity.password.tooLong");
        assertThat(key("ư".repeat(40), "u")).isEqualTo("identity.password.tooLong"); // 80 bytes in UTF-8
    }

    @Test
    void theTestsPasswordsStayValid() {
        assertThat(key("Test-Passw0rd", "u1")).isEqualTo("ok");
        assertThat(key("QuanTri@Test-2026", "admin")).isEqualTo("ok");
        assertThat(key("Admin@Test-2026", "admin")).isEqualTo("identity.password.containsUsername");
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedAlsoPaddedOrInLeetspeak() {
        assertThat(PasswordPolicy.listed()).isGreaterThan(49_000);
        for (String common : new String[] { "123456789012", "qwertyuiop123", "1qaz2wsx3edc", "Password2026!",
                "P@ssw0rd123456", "iloveyou!!2026", "matkhau123456", "Mật Khẩu 2026", "anh yêu em 123",
                "EmYeuAnh@2026", "motcua-2026-!!" }) {
            assertThat(key(common, "u")).as(common).isEqualTo("identity.password.common");
        }
        assertThat(key("correct horse battery staple", "u")).isEqualTo("ok");
        assertThat(key("Hôm nay trời đẹp 2026", "u")).isEqualTo("ok");
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(key("2026-Tiepnhan.PhoHien!", "tiepnhan.phohien")).isEqualTo("identity.password.containsUsername");
        assertThat(key("Ban-cua-NguyenVanA-2026", "nguyenvana")).isEqualTo("identity.password.containsUsername");
        assertThat(key("Ban-cua-NguyenVanA-2026", "lethib")).isEqualTo("ok");
    }
}

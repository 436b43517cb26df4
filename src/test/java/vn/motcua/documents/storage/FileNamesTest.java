package vn.motcua.documents.storage;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPartOfAPath() {
        assertThat(FileNames.clean("C:\\Users\\An\\Giấy khai sinh.pdf")).isEqualTo("Giấy khai sinh.pdf");
        assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    }

    @Test
    void composesDecomposedVietnameseAndDropsInvisibleCharacters() {
        String decomposed = Normalizer.normalize("Đơn đề nghị.docx", Normalizer.Form.NFD);
        assertThat(FileNames.clean(decomposed)).isEqualTo("Đơn đề nghị.docx");
        assertThat(FileNames.clean("ảnh\u202Egpj.exe")).isEqualTo("ảnhgpj.exe");
        assertThat(FileNames.clean(" tờ khai\t.pdf\n")).isEqualTo("tờ khai.pdf");
    }

    @Test
    void shortensALongNameKeepingItsExtension() {
        String cleaned = FileNames.clean("ạ".repeat(400) + ".xlsx");
        assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("ạ.xlsx");
    }

    @Test
    void extensionIsLowerCaseAndMayBeMissing() {
        assertThat(FileNames.extension("SCAN.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension("scan")).isEmpty();
        assertThat(FileNames.extension("scan.")).isEmpty();
        assertThat(FileNames.clean(null)).isEmpty();
    }
}

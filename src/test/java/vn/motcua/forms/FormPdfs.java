package vn.motcua.forms;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads generated PDFs back as a person's reader would: the text, the fonts, the QR code. */
final class FormPdfs {

    record Read(String text, String firstFont, boolean fontsEmbedded, float width, float height, int pages) {
    }

    private FormPdfs() {
    }

    /** The text with runs of white space as one space, since the layout wraps lines where it likes. */
    static Read read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            PDPage page = doc.getPage(0);
            String first = null;
            boolean embedded = true;
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                first = first == null ? font.getName() : first;
                embedded &= font.isEmbedded();
            }
            // A landscape page may be a portrait box turned a quarter: measure it as a reader shows it.
            boolean turned = page.getRotation() % 180 != 0;
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            return new Read(text, first, embedded, turned ? h : w, turned ? w : h, doc.getNumberOfPages());
        }
    }

    /** The text of the first QR code image found on the first page, or null. */
    static String qr(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return decode(image.getImage());
                }
            }
            return null;
        }
    }

    private static String decode(BufferedImage small) throws Exception {
        // The PDF holds one pixel per module; scale up so the reader finds its patterns.
        int scale = 8;
        int w = small.getWidth() * scale;
        int h = small.getHeight() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = small.getRGB(x / scale, y / scale);
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

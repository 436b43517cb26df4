package vn.motcua.forms.pdf;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * A QR code as a one-bit image: a raster of black and white modules, drawn without smoothing so a
 * phone reads a printed A5 receipt even from a worn photocopy (error correction M).
 */
final class QrCodes {

    private QrCodes() {
    }

    static Image of(String text, float sizePoints) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int w = matrix.getWidth();
            int h = matrix.getHeight();
            int rowBytes = (w + 7) / 8;
            byte[] bits = new byte[rowBytes * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    // In a one-component, one-bit image a 1 is white: set the bit for light modules.
                    if (!matrix.get(x, y)) {
                        bits[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                    }
                }
            }
            Image image = Image.getInstance(w, h, 1, 1, bits);
            image.scaleAbsolute(sizePoints, sizePoints);
            return image;
        } catch (WriterException | BadElementException e) {
            throw new IllegalStateException("Cannot draw the QR code of " + text, e);
        }
    }
}

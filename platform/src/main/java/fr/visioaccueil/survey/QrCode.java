package fr.visioaccueil.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn on the server as one SVG path (one unit per module, 4-module quiet zone), so that it prints
 * sharp at any size and needs no script. Error correction M survives a creased paper.
 */
final class QrCode {

    private QrCode() {
    }

    /** The SVG's {@code d} path and its size in modules. */
    record Drawing(String path, int size) {
    }

    static Drawing of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return new Drawing(path.toString(), matrix.getWidth());
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Texte trop long pour un QR code", tooLong);
        }
    }
}

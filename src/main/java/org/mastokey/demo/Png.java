package org.mastokey.demo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Draws the avatars and the server thumbnail as PNG without AWT, so the demo server needs no fonts or
 * display and the wizard can show pictures offline.
 */
final class Png {
    /** A colour for each pixel, as 0xRRGGBB. */
    @FunctionalInterface
    interface Painter {
        int rgb(int x, int y);
    }

    private Png() {
    }

    /** A person silhouette on a coloured square: head and shoulders in a lighter tint. */
    static byte[] avatar(int size, int background) {
        int light = mix(background, 0xffffff, 0.75);
        return encode(size, size, (x, y) -> {
            double cx = size / 2.0;
            double headY = size * 0.38;
            double headR = size * 0.18;
            double dx = x - cx;
            double dy = y - headY;
            boolean head = dx * dx + dy * dy <= headR * headR;
            double bodyY = size * 0.95;
            double bodyR = size * 0.34;
            double by = y - bodyY;
            boolean body = dx * dx + by * by <= bodyR * bodyR;
            return head || body ? light : background;
        });
    }

    /** A calm landscape: sky gradient, a sun, two mountain ridges. */
    static byte[] thumbnail(int width, int height) {
        return encode(width, height, (x, y) -> {
            double fx = (double) x / width;
            double fy = (double) y / height;
            double sx = fx - 0.72;
            double sy = fy - 0.32;
            if (sx * sx * 3.5 + sy * sy <= 0.012) {
                return 0xffe8a3;
            }
            double far = 0.55 + 0.12 * Math.sin(fx * 7.0) + 0.05 * Math.sin(fx * 17.0);
            double near = 0.72 + 0.10 * Math.sin(fx * 4.0 + 1.3) + 0.03 * Math.sin(fx * 23.0);
            if (fy > near) {
                return mix(0x563acc, 0x2a1f66, (fy - near) / (1 - near));
            }
            if (fy > far) {
                return mix(0x8c8dff, 0x6364ff, (fy - far) / (1 - far));
            }
            return mix(0xdfe3ff, 0xb4b8ff, fy / far);
        });
    }

    static int mix(int a, int b, double t) {
        t = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }

    static byte[] encode(int width, int height, Painter painter) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream zip = new DeflaterOutputStream(raw)) {
                byte[] row = new byte[1 + width * 3];
                for (int y = 0; y < height; y++) {
                    row[0] = 0; // filter: none
                    for (int x = 0; x < width; x++) {
                        int rgb = painter.rgb(x, y);
                        row[1 + x * 3] = (byte) (rgb >> 16);
                        row[2 + x * 3] = (byte) (rgb >> 8);
                        row[3 + x * 3] = (byte) rgb;
                    }
                    zip.write(row);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(png);
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}

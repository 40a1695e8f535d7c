package io.aggregator.adapter.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deployment's key for sealing secrets: 32 random bytes (AES-256), written as base64. It comes
 * from the {@value #SETTING} setting or from a key file that the server creates on its first start.
 * Every sealed secret depends on it: losing or changing it makes them unreadable. Never printed.
 */
public final class DeploymentKey {
    public static final String SETTING = "SECRET_KEY";
    public static final int BYTES = 32;

    private final byte[] key;

    private DeploymentKey(byte[] key) {
        this.key = key;
    }

    public static DeploymentKey generate() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return new DeploymentKey(key);
    }

    /** @throws IllegalArgumentException naming {@value #SETTING} when the text is not base64 of 32 bytes */
    public static DeploymentKey fromBase64(String text) {
        return decode(text, SETTING);
    }

    /**
     * The key in {@code file}, which is created with a new key when it does not exist yet: readable
     * by its owner only, where the file system knows POSIX permissions, and never seen half-written.
     *
     * @throws IllegalArgumentException when the file does not hold base64 of 32 bytes
     * @throws IOException when the file can be neither read nor created
     */
    public static DeploymentKey fromFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        DeploymentKey key = generate();
        Path temporary = Files.createTempFile(directory, ".secret-key-", ".tmp", ownerOnly(directory));
        try {
            write(temporary, key.base64());
            // without replacing: a key that another server node wrote meanwhile may already seal secrets
            Files.move(temporary, file);
            return key;
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            return read(file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static DeploymentKey read(Path file) throws IOException {
        return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
    }

    private static void write(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            // on disk before anything is sealed under it: a key lost in a crash loses every sealed secret
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    private static DeploymentKey decode(String text, String source) {
        String help = " must be base64 of exactly " + BYTES + " random bytes, such as the output of "
                + "'openssl rand -base64 " + BYTES + "'";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(source + help + ", but is empty");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(source + help + ", but is not base64");
        }
        if (key.length != BYTES) {
            throw new IllegalArgumentException(source + help + ", but holds " + key.length + " bytes");
        }
        return new DeploymentKey(key);
    }

    String base64() {
        return Base64.getEncoder().encodeToString(key);
    }

    SecretKey aesKey() {
        return new SecretKeySpec(key, "AES");
    }

    @Override
    public String toString() {
        return "DeploymentKey[***]";
    }
}

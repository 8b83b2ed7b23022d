package fr.visioaccueil.visio.documents;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals a document's name and content with AES-256-GCM: a fresh random 96-bit nonce each time, stored before the
 * ciphertext. The associated data names the interview, the document and the part, so a sealed value copied onto
 * another row (another interview, or the name swapped with the content) fails to open instead of leaking.
 */
final class DocumentCipher {

    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    DocumentCipher(SecretKey key) {
        this.key = key;
    }

    /** Which part of which document of which interview a sealed value is. */
    record Binding(long interviewId, UUID documentId, String part) {

        static Binding nameOf(long interviewId, UUID documentId) {
            return new Binding(interviewId, documentId, "name");
        }

        static Binding contentOf(long interviewId, UUID documentId) {
            return new Binding(interviewId, documentId, "content");
        }

        byte[] bytes() {
            return ("visio-accueil/document/v1|interview=" + interviewId + "|document=" + documentId + "|" + part)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    byte[] seal(byte[] plain, Binding binding) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, binding, plain, 0, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** @throws IllegalStateException when the value was altered, or sealed under another key or binding */
    byte[] open(byte[] stored, Binding binding) {
        byte[] nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
        return run(Cipher.DECRYPT_MODE, nonce, binding, stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    }

    private byte[] run(int mode, byte[] nonce, Binding binding, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(binding.bytes());
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException tampered) {
            throw new IllegalStateException("Document illisible : clé, entretien ou contenu différents", tampered);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM indisponible", impossible);
        }
    }
}

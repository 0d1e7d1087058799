package org.kinopanorama.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A curator's document between its preview and the confirmation ({@code curator_document_stage}): kept under a random
 * key that only the curator who uploaded it can use, until it expires, so the confirmation form carries only the key
 * and any instance can confirm it.
 */
@ApplicationScoped
@Transactional
public class StagedDocuments {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    IngestConfig config;

    /** A staged document, as the curator uploaded it. */
    public record Staged(String key, String fileName, byte[] content) {
    }

    /** Keeps the document for this curator's confirmation and returns its key; expired documents are dropped. */
    public String stage(String curator, String fileName, byte[] content) {
        dropExpired();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        int rows = em.createNativeQuery("""
                        INSERT INTO curator_document_stage (id, owner_id, file_name, content)
                        SELECT ?1, a.id, ?2, ?3 FROM account a WHERE a.username = ?4""")
                .setParameter(1, key).setParameter(2, fileName).setParameter(3, content).setParameter(4, curator)
                .executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("no account for curator " + curator);
        }
        return key;
    }

    /**
     * The document under this key, only for the curator who staged it and only until it expires; empty for any other
     * key (forged, another curator's, expired, already imported), without saying which.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Staged> find(String curator, String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{32}")) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.file_name, s.content FROM curator_document_stage s JOIN account a ON a.id = s.owner_id
                        WHERE s.id = ?1 AND a.username = ?2 AND s.created_at > now() - make_interval(secs => ?3)""")
                .setParameter(1, key).setParameter(2, curator).setParameter(3, (double) config.stagedDocumentExpiry().toSeconds())
                .getResultList();
        return rows.stream().findFirst().map(r -> new Staged(key, (String) r[0], (byte[]) r[1]));
    }

    /** Forgets a staged document once it was imported. */
    public void drop(String key) {
        em.createNativeQuery("DELETE FROM curator_document_stage WHERE id = ?1").setParameter(1, key).executeUpdate();
    }

    private void dropExpired() {
        em.createNativeQuery("DELETE FROM curator_document_stage WHERE created_at <= now() - make_interval(secs => ?1)")
                .setParameter(1, (double) config.stagedDocumentExpiry().toSeconds()).executeUpdate();
    }
}

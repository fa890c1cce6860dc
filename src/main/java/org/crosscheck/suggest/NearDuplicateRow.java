package org.crosscheck.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.crosscheck.suggest.engine.NearDuplicate;

import java.util.ArrayList;
import java.util.List;

/** A near-duplicate found by the last run, with its aligned paragraphs. */
@Entity
@Table(name = "near_duplicate")
class NearDuplicateRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "of_article_id", nullable = false)
    private long ofArticleId;

    /** 0 to 100. */
    @Column(nullable = false)
    private int similarity;

    @Column(nullable = false)
    private String pairs;

    protected NearDuplicateRow() {
    }

    NearDuplicateRow(long projectId, NearDuplicate d) {
        this.projectId = projectId;
        this.articleId = d.articleId();
        this.ofArticleId = d.ofArticleId();
        this.similarity = (int) Math.round(d.similarity() * 100);
        StringBuilder s = new StringBuilder();
        for (NearDuplicate.AlignedParagraphs p : d.pairs()) {
            s.append(p.start()).append(',').append(p.end()).append(',').append(p.ofStart()).append(',')
                    .append(p.ofEnd()).append(',').append(Math.round(p.similarity() * 100)).append(';');
        }
        this.pairs = s.toString();
    }

    NearDuplicate toNearDuplicate() {
        List<NearDuplicate.AlignedParagraphs> list = new ArrayList<>();
        for (String pair : pairs.split(";")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] v = pair.split(",");
            list.add(new NearDuplicate.AlignedParagraphs(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                    Integer.parseInt(v[2]), Integer.parseInt(v[3]), Integer.parseInt(v[4]) / 100.0));
        }
        return new NearDuplicate(articleId, ofArticleId, similarity / 100.0, list);
    }
}

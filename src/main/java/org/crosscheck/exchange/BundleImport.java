package org.crosscheck.exchange;

import org.crosscheck.article.ArticleService;
import org.crosscheck.base.DomainException;
import org.crosscheck.exchange.Bundle.ProjectEntry;
import org.crosscheck.project.ProjectService;
import org.crosscheck.project.ProjectSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/** A Crosscheck bundle: a new project, or an empty one filled. */
@Component
@Order(1)
class BundleImport implements ImportFormat {

    private final BundleImporter bundles;
    private final ProjectService projects;
    private final ArticleService articles;
    private final ExchangeLimits limits;

    BundleImport(BundleImporter bundles, ProjectService projects, ArticleService articles, ExchangeLimits limits) {
        this.bundles = bundles;
        this.projects = projects;
        this.articles = articles;
        this.limits = limits;
    }

    @Override
    public String name() {
        return "bundle";
    }

    @Override
    public String label() {
        return "Crosscheck bundle";
    }

    @Override
    public List<String> mediaTypes() {
        return List.of("application/zip");
    }

    @Override
    public List<String> extensions() {
        return List.of(".zip");
    }

    @Override
    public boolean recognises(ImportFile file) throws IOException {
        return file.looksLikeZip();
    }

    @Override
    public boolean makesProjects() {
        return true;
    }

    @Override
    public ImportSummary importInto(long projectId, ImportFile file, String baseUrl) {
        if (articles.count(projectId) > 0) {
            throw DomainException.of("exchange.bundle.project-not-empty");
        }
        try (BundleReader bundle = BundleReader.open(file.path(), limits)) {
            bundle.manifest();
            return bundles.fill(projectId, bundle);
        }
    }

    @Override
    public ImportSummary importAsNewProject(ImportFile file) {
        try (BundleReader bundle = BundleReader.open(file.path(), limits)) {
            bundle.manifest();
            ProjectEntry entry = bundle.project();
            ProjectSummary project = projects.create(projects.nameForImport(entry.name()), entry.description());
            if (entry.membersMayExport()) {
                projects.setMembersMayExport(project.id(), true);
            }
            return bundles.fill(project.id(), bundle);
        }
    }
}

package org.figsite.scaffold;

/**
 * What {@code figsite init} writes into a new site's files.
 *
 * @param title the site title
 * @param url the site's origin, e.g. {@code https://example.org}
 * @param baseurl the path the site is served under, e.g. {@code /repo}, or empty
 * @param figsiteRepo the git URL the publishing workflow builds figsite from, or empty to leave it
 *     to the repository variable {@code FIGSITE_REPO}
 */
public record NewSite(String title, String url, String baseurl, String figsiteRepo) {}

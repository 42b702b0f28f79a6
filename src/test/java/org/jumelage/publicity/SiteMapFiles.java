package org.jumelage.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Reads the sitemap as a crawler does: the index {@code /sitemap.xml}, then every file it names. */
public final class SiteMapFiles {

    private static final Pattern LOCATION = Pattern.compile("<loc>([^<]+)</loc>");

    private SiteMapFiles() {}

    /** The addresses of the files the index names, as paths ({@code /sitemaps/…}). */
    public static List<String> files(MockMvc mvc) throws Exception {
        MvcResult index = mvc.perform(get("/sitemap.xml")).andReturn();
        assertThat(index.getResponse().getStatus()).isEqualTo(200);
        String body = index.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("<sitemapindex");
        List<String> files = new ArrayList<>();
        Matcher location = LOCATION.matcher(body);
        while (location.find()) {
            String url = location.group(1);
            files.add(url.substring(url.indexOf("/sitemaps/")));
        }
        return files;
    }

    /** Every file the index names, one after the other. */
    public static String all(MockMvc mvc) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String file : files(mvc)) {
            MvcResult result = mvc.perform(get(file)).andReturn();
            assertThat(result.getResponse().getStatus()).as(file).isEqualTo(200);
            all.append(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}

package fr.visioaccueil.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class NetworkIdentityTest extends RegistryWebTest {

    @Autowired
    NetworkProfiles profiles;

    private NetworkProfile demo;

    @AfterEach
    void restoreTheDemoIdentity() {
        if (demo != null) {
            profiles.update(profiles.current().version(), demo);
        }
    }

    @Test
    void theCoordinatorRenamesTheNetworkAndEveryPageShowsIt() throws Exception {
        demo = profiles.current();
        mvc.perform(identity("Réseau des services du Lot", "#1D5B79", "#7a2e00", demo.version()))
                .andExpect(redirectedUrl("/admin/reseau"));
        assertThat(profiles.current().name()).isEqualTo("Réseau des services du Lot");
        assertThat(profiles.current().primaryColor()).isEqualTo("#1d5b79");
        mvc.perform(get("/")).andExpect(content().string(containsString("Réseau des services du Lot")));
        mvc.perform(get("/theme.css")).andExpect(content().string(containsString("--visio-accent:#7a2e00")));
    }

    @Test
    void aColourTooLightForWhiteTextIsRefusedWithTheReason() throws Exception {
        NetworkProfile current = profiles.current();
        String before = fingerprint();
        mvc.perform(identity(current.name(), "#ffcc00", "#bbbbbb", current.version()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "primaryColor", "network.colour.contrast"))
                .andExpect(content().string(containsString("contraste avec le blanc est de 1,5:1")))
                .andExpect(content().string(containsString("value=\"#ffcc00\"")));
        mvc.perform(identity("", "bleu", "#12345", current.version()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "primaryColor", "accentColor"));
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theLogoMustBeAnImageAndAStaleFormIsAConflict() throws Exception {
        NetworkProfile current = profiles.current();
        String before = fingerprint();
        mvc.perform(multipart("/admin/reseau/logo").file(new MockMultipartFile("logo", "logo.jpg", "image/jpeg",
                        "GIF89a".getBytes(StandardCharsets.US_ASCII))).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("logoForm", "logo", "logo.invalid"));
        mvc.perform(identity(current.name(), current.primaryColor(), current.accentColor(), current.version() - 1))
                .andExpect(status().isConflict());
        assertThat(fingerprint()).isEqualTo(before);
        mvc.perform(get("/admin/reseau").with(staff.as(fr.visioaccueil.StaffSessions.CORRESPONDENT_CAF)))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder identity(String name, String primary, String accent, int version) {
        return post("/admin/reseau").with(coordinator()).with(csrf()).param("version", String.valueOf(version))
                .param("name", name).param("shortName", "ESP@P").param("territory", "Lot")
                .param("primaryColor", primary).param("accentColor", accent)
                .param("contactEmail", "coordination@espap46.example").param("contactPhone", "05 65 53 42 54")
                .param("contactAddress", "Cahors");
    }
}

package fr.cohorte.publication;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.publication.internal.OaiPmh;
import fr.cohorte.web.SiteAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The OAI-PMH endpoint harvesters call, by GET or by a form POST. */
@RestController
class OaiPmhController {

    private final OaiPmh oai;
    private final SiteAddress site;

    OaiPmhController(OaiPmh oai, SiteAddress site) {
        this.oai = oai;
        this.site = site;
    }

    @RequestMapping(path = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> oai(HttpServletRequest request) {
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, parameter -> List.of(parameter.getValue())));
        // The configured address, not the request's: harvesters store it, and a client chooses its Host.
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8))
                .body(oai.answer(site.link("/oai"), parameters));
    }
}

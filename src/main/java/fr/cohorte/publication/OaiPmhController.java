package fr.cohorte.publication;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.publication.internal.OaiPmh;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The OAI-PMH endpoint harvesters call, by GET or by a form POST. */
@RestController
class OaiPmhController {

    private final OaiPmh oai;

    OaiPmhController(OaiPmh oai) {
        this.oai = oai;
    }

    @RequestMapping(path = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> oai(HttpServletRequest request) {
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, parameter -> List.of(parameter.getValue())));
        String baseUrl = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString();
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8))
                .body(oai.answer(baseUrl, parameters));
    }
}

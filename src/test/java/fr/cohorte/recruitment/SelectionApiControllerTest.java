package fr.cohorte.recruitment;

import java.util.List;
import java.util.Locale;

import fr.cohorte.web.ApiProblems;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON contract of {@code POST /api/v1/selection/solve}. Called on the controller alone: until
 * accounts and roles exist, the application's security refuses every POST.
 */
class SelectionApiControllerTest {

    private final MockMvc api = MockMvcBuilders.standaloneSetup(new SelectionApiController(Selections.cohortSelection(),
            new ApiProblems(Selections.messages(), JsonMapper.builder().build())))
            .setLocaleResolver(frenchUnlessAsked())
            .build();

    /** As the application resolves languages: the client's if we speak it, else French. */
    private static AcceptHeaderLocaleResolver frenchUnlessAsked() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.FRENCH, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.FRENCH);
        return resolver;
    }

    @Test
    void solvingAnswersTheCohortTheWaitingListAndASentencePerCandidate() throws Exception {
        api.perform(post("/api/v1/selection/solve").contentType(MediaType.APPLICATION_JSON).content("""
                        {"seats": 2,
                         "candidates": [
                           {"id": "a", "score": 18.5, "background": "company", "gender": "F", "organisation": "Renault", "region": "IDF"},
                           {"id": "b", "score": 17, "background": "company", "gender": "M", "organisation": "Renault", "region": "IDF"},
                           {"id": "c", "score": 9, "background": "trade-union", "gender": "M", "organisation": "CGT", "region": "ARA"}],
                         "quotas": [{"attribute": "background", "value": "trade-union", "min": 1, "max": 6}],
                         "maxPerOrganisation": 1, "forceIn": [], "forceOut": [], "timeLimitSeconds": 10}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPTIMAL"))
                .andExpect(jsonPath("$.selected[0]").value("a"))
                .andExpect(jsonPath("$.selected[1]").value("c"))
                .andExpect(jsonPath("$.totalScore").value(27.5))
                .andExpect(jsonPath("$.waitlist[0]").value("b"))
                .andExpect(jsonPath("$.explanations.b").value(org.hamcrest.Matchers.startsWith("Non retenue")))
                .andExpect(jsonPath("$.conflicts").isEmpty())
                .andExpect(jsonPath("$.solveMillis").isNumber());
    }

    @Test
    void aReplacementDeadEndAnswersImpossibleOrOnRequestTheCohortThatLeavesTheQuotaShortAndByHowMuch() throws Exception {
        String request = """
                {"selection": {"seats": 2,
                   "candidates": [
                     {"id": "paul", "score": 17, "background": "parliament", "organisation": "Assemblée"},
                     {"id": "anne", "score": 18, "background": "state", "organisation": "Ministère"},
                     {"id": "bruno", "score": 14, "background": "state", "organisation": "Préfecture"}],
                   "quotas": [{"attribute": "background", "value": "parliament", "min": 1}]},
                 "cohort": ["paul", "anne"], "withdrawn": "paul"}""";
        api.perform(post("/api/v1/selection/replacement").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("IMPOSSIBLE"));

        api.perform(post("/api/v1/selection/replacement?leaveQuotasShort=true").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SHORT"))
                .andExpect(jsonPath("$.entering[0]").value("bruno"))
                .andExpect(jsonPath("$.shortfalls[0].value").value("parliament"))
                .andExpect(jsonPath("$.shortfalls[0].minimum").value(1))
                .andExpect(jsonPath("$.shortfalls[0].count").value(0));
    }

    @Test
    void badInputAnswersAProblemNamingTheField() throws Exception {
        api.perform(post("/api/v1/selection/solve").contentType(MediaType.APPLICATION_JSON).content("""
                        {"seats": 1,
                         "candidates": [{"id": "a", "score": 1}, {"id": "a", "score": 2}],
                         "quotas": [{"attribute": "background", "value": "state", "min": 3, "max": 1}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("candidates[1].id"))
                .andExpect(jsonPath("$.errors[1].field").value("quotas[0].min"))
                .andExpect(jsonPath("$.errors[1].message").value("Le minimum (3) dépasse le maximum (1)."));
    }

    @Test
    void aReplacementWithoutItsSelectionAnswersAProblemNamingTheField() throws Exception {
        api.perform(post("/api/v1/selection/replacement").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cohort\": [\"a\"], \"withdrawn\": \"a\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("selection"))
                .andExpect(jsonPath("$.errors[0].message").value("Ce champ est obligatoire."));
    }

    @Test
    void anEnglishSpeakingClientReadsEnglish() throws Exception {
        api.perform(post("/api/v1/selection/solve").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-GB")
                        .content("{\"seats\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seats"))
                .andExpect(jsonPath("$.errors[0].message").value("The value cannot be negative (-1)."));
    }

    @Test
    void aBodyThatIsNotJsonAnswersAProblemToo() throws Exception {
        api.perform(post("/api/v1/selection/solve").contentType(MediaType.APPLICATION_JSON).content("{\"seats\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }
}

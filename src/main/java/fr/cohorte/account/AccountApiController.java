package fr.cohorte.account;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integrator check whose credentials they are using and what they allow. */
@Tag(name = "account", description = "api.docs.tag.account")
@RestController
class AccountApiController {

    record Me(String email, List<String> authorities) {
    }

    @Operation(summary = "api.docs.me.summary", description = "api.docs.me.description")
    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        return new Me(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }
}

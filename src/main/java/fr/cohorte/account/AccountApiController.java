package fr.cohorte.account;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an integrator check whose credentials they are using and what they allow. */
@RestController
class AccountApiController {

    record Me(String email, List<String> authorities) {
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        return new Me(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }
}

package fr.cohorte.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads a userinfo endpoint that answers a signed JWT (application/jwt), as ProConnect's does. The
 * claims are trusted only once the signature is checked against the provider's published keys and
 * the token says it comes from that provider and is meant for us: the response travels through the
 * provider's infrastructure, and the e-mail in it decides which account opens.
 */
final class SignedUserInfoService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final String INVALID_USER_INFO = "invalid_user_info_response";

    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final RestClient http = RestClient.create();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        ClientRegistration registration = request.getClientRegistration();
        try {
            String signed = http.get()
                    .uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .headers(headers -> headers.setBearerAuth(request.getAccessToken().getTokenValue()))
                    .accept(JWT)
                    .retrieve()
                    .body(String.class);
            Map<String, Object> claims = decoders
                    .computeIfAbsent(registration.getRegistrationId(), id -> decoderFor(registration))
                    .decode(signed == null ? "" : signed.trim())
                    .getClaims();
            return new DefaultOAuth2User(Set.of(), claims, IdTokenClaimNames.SUB);
        } catch (JwtException | RestClientException | IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(INVALID_USER_INFO, "The userinfo response could not be verified", null), e);
        }
    }

    private static JwtDecoder decoderFor(ClientRegistration registration) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .jwsAlgorithms(algorithms -> algorithms.addAll(Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
                .build();
        String clientId = registration.getClientId();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, audience -> audience != null && audience.contains(clientId))));
        return decoder;
    }
}

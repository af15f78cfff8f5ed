package fr.cohorte.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider on a loopback port, just enough of one for Cohorte to log someone in
 * through it: discovery, authorisation (which answers at once for whoever {@link #email} names),
 * tokens signed with its own RSA key, its key set, and userinfo, as JSON or, like ProConnect, as a
 * signed JWT.
 */
final class StubIdentityProvider implements AutoCloseable {

    /** A token request as received, to check how the client authenticated. */
    record TokenRequest(String authorizationHeader, Map<String, String> form) {
    }

    private record Login(String email, String nonce) {
    }

    private final HttpServer server;
    private final String clientId;
    private final boolean signedUserInfo;
    private final RSAKey key = newKey("stub-key");
    private final RSAKey anotherKey = newKey("stub-key");
    private final Map<String, Login> loginsByCode = new ConcurrentHashMap<>();
    private final Map<String, Login> loginsByAccessToken = new ConcurrentHashMap<>();

    /** Token requests received, oldest first. */
    final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

    /** Who the provider says logs in next. */
    volatile String email;

    /** Signs the userinfo JWT with a key the provider never published, as a forger would. */
    volatile boolean signUserInfoWithAnotherKey;

    StubIdentityProvider(String clientId, boolean signedUserInfo) {
        this.clientId = clientId;
        this.signedUserInfo = signedUserInfo;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, discovery()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.createContext("/userinfo", this::userInfo);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    TokenRequest lastTokenRequest() {
        return tokenRequests.getLast();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Map<String, Object> discovery() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("userinfo_endpoint", issuer() + "/userinfo");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("scopes_supported", List.of("openid", "email", "profile", "given_name", "usual_name"));
        return metadata;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        loginsByCode.put(code, new Login(email, query.get("nonce")));
        String back = query.get("redirect_uri") + "?code=" + code + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(new TokenRequest(exchange.getRequestHeaders().getFirst("Authorization"), form));
        Login login = loginsByCode.remove(form.get("code"));
        if (login == null) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        String accessToken = UUID.randomUUID().toString();
        loginsByAccessToken.put(accessToken, login);
        JWTClaimsSet.Builder idToken = claims(login).claim("nonce", login.nonce());
        if (signedUserInfo) {
            // Like ProConnect, the ID token names nobody: the e-mail comes only from the signed userinfo.
            idToken.claim("email", null).claim("given_name", null).claim("family_name", null);
        }
        json(exchange, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "id_token", sign(idToken.build(), key)));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Login login = authorization == null ? null : loginsByAccessToken.get(authorization.replaceFirst("^Bearer ", ""));
        if (login == null) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        if (!signedUserInfo) {
            json(exchange, Map.of("sub", subject(login), "email", login.email(), "email_verified", true,
                    "given_name", "Camille", "family_name", "Unique"));
            return;
        }
        JWTClaimsSet claims = claims(login).claim("family_name", null).claim("usual_name", "Agent").build();
        byte[] body = sign(claims, signUserInfoWithAnotherKey ? anotherKey : key).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/jwt");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private JWTClaimsSet.Builder claims(Login login) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject(login))
                .audience(clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("email", login.email())
                .claim("given_name", "Camille")
                .claim("family_name", "Unique");
    }

    private static String subject(Login login) {
        return "subject-" + login.email().toLowerCase();
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, Map<String, ?> body) throws IOException {
        json(exchange, 200, body);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

package vn.motcua.catalog.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.platform.web.StaffMenuItem;

/**
 * The public catalog is readable without login. Import and export change or dump the whole catalog,
 * so they stay outside the public GET patterns ({@code /api/v1/catalog/**}, POST import).
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfig {

    @Bean
    PublicEndpoints catalogPublicEndpoints() {
        return PublicEndpoints.get("/api/v1/procedures", "/api/v1/procedures/**", "/api/v1/fields");
    }

    @Bean
    StaffMenuItem catalogMenuItem() {
        return new StaffMenuItem("/staff/procedures", "catalog.menu", 20, Role.ADMIN);
    }
}

package vn.motcua.documents.storage;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where bytes live. Only the local directory exists today; an S3-compatible store would be
 * a second bean here, picked by a property, with nothing else changing.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    @Bean
    BlobStore blobStore(@Value("${motcua.documents.root:${MOTCUA_FILES_DIR:./data/files}}") Path root) {
        return new LocalBlobStore(root);
    }
}

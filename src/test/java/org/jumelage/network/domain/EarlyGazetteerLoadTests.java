package org.jumelage.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Configuration;

/** The gazetteer loader is made before the first plain component, so its load starts early. */
class EarlyGazetteerLoadTests {

    @Configuration
    static class Application {}

    static class Desk {}

    static class Loader {}

    @Test
    void theFirstPlainComponentWaitsForTheLoader() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("application", new RootBeanDefinition(Application.class));
        factory.registerBeanDefinition("desk", new RootBeanDefinition(Desk.class));
        factory.registerBeanDefinition(EarlyGazetteerLoad.LOADER, new RootBeanDefinition(Loader.class));

        new EarlyGazetteerLoad().postProcessBeanFactory(factory);

        assertThat(factory.getBeanDefinition("desk").getDependsOn()).containsExactly(EarlyGazetteerLoad.LOADER);
        assertThat(factory.getBeanDefinition("application").getDependsOn()).isNull();
        factory.preInstantiateSingletons();
        assertThat(factory.getBean(EarlyGazetteerLoad.LOADER)).isInstanceOf(Loader.class);
    }

    @Test
    void withoutALoaderNothingChanges() {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("desk", new RootBeanDefinition(Desk.class));

        new EarlyGazetteerLoad().postProcessBeanFactory(factory);

        assertThat(factory.getBeanDefinition("desk").getDependsOn()).isNull();
    }
}

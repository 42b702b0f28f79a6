package org.jumelage.network.domain;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link GazetteerLoader} the first application bean created, so that its background load
 * starts right after the migrations and overlaps most of the context's start (created in its turn,
 * it came after four fifths of it: a profile of a start showed 993 of the main thread's 1,254
 * samples before the load began). The first plain application component in the factory's order is
 * made to depend on it; without a gazetteer loader (a slice of the application) nothing changes.
 */
@Component
class EarlyGazetteerLoad implements BeanFactoryPostProcessor {

    static final String LOADER = "gazetteerLoader";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(LOADER)) {
            return;
        }
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (name.equals(LOADER)) {
                return;
            }
            if (definition.getRole() == BeanDefinition.ROLE_APPLICATION
                    && definition.isSingleton()
                    && !definition.isLazyInit()
                    && !definition.isAbstract()
                    && isPlainComponent(beanFactory, name)) {
                definition.setDependsOn(with(definition.getDependsOn(), LOADER));
                return;
            }
        }
    }

    /**
     * Not a configuration class (the loader's own dependencies, such as the clock, may come from one)
     * and no post-processor (those are made before any bean).
     */
    private static boolean isPlainComponent(ConfigurableListableBeanFactory beanFactory, String name) {
        Class<?> type = beanFactory.getType(name, false);
        return type != null
                && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class)
                && !BeanFactoryPostProcessor.class.isAssignableFrom(type)
                && !BeanPostProcessor.class.isAssignableFrom(type);
    }

    private static String[] with(String[] names, String name) {
        if (names == null) {
            return new String[] {name};
        }
        String[] all = java.util.Arrays.copyOf(names, names.length + 1);
        all[names.length] = name;
        return all;
    }
}

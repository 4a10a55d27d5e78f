package org.mastokey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering rules from the design: the service layer, keychain, command line and demo server know nothing of JavaFX. */
@AnalyzeClasses(packages = "org.mastokey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideUiAndApp = noClasses()
            .that().resideInAnyPackage("org.mastokey.net..", "org.mastokey.oauth..", "org.mastokey.server..",
                    "org.mastokey.account..", "org.mastokey.keystore..", "org.mastokey.cli..", "org.mastokey.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the service layer, keychain, command line and demo server must run without a display");

    @ArchTest
    static final ArchRule serviceLayerDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("org.mastokey.net..", "org.mastokey.oauth..", "org.mastokey.server..", "org.mastokey.account..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mastokey.ui..", "org.mastokey.cli..", "org.mastokey.app..",
                    "org.mastokey.demo..")
            .because("data moves one way: the faces call the service layer, never the other way round");
}

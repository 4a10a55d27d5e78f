package org.mastokey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.mastokey.keystore.SecretStore;

/**
 * The layers of ARCHITECTURE.md: entry → composition (app) → faces (ui, cli) → engine (account) →
 * protocol (oauth → server → net) and platform (keystore, net). Lower layers never import higher ones,
 * and no two top-level packages import each other, directly or round a circle.
 */
@AnalyzeClasses(packages = "org.mastokey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("org.mastokey.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersImportDownwardsOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry").definedBy("org.mastokey")
            .layer("app").definedBy("org.mastokey.app..")
            .layer("ui").definedBy("org.mastokey.ui..")
            .layer("cli").definedBy("org.mastokey.cli..")
            .layer("account").definedBy("org.mastokey.account..")
            .layer("oauth").definedBy("org.mastokey.oauth..")
            .layer("server").definedBy("org.mastokey.server..")
            .layer("keystore").definedBy("org.mastokey.keystore..")
            .layer("net").definedBy("org.mastokey.net..")
            .layer("demo").definedBy("org.mastokey.demo..")
            .whereLayer("entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("account").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("oauth").mayOnlyBeAccessedByLayers("account", "app", "ui", "cli")
            .whereLayer("server").mayOnlyBeAccessedByLayers("oauth", "account", "app", "ui", "cli")
            .whereLayer("keystore").mayOnlyBeAccessedByLayers("account", "app", "ui", "cli")
            .whereLayer("net").mayOnlyBeAccessedByLayers("server", "oauth", "keystore", "account", "app", "ui", "cli", "demo")
            .whereLayer("demo").mayOnlyBeAccessedByLayers("app");

    @ArchTest
    static final ArchRule noJavaFxOutsideUiAndApp = noClasses()
            .that().resideInAnyPackage("org.mastokey.net..", "org.mastokey.oauth..", "org.mastokey.server..",
                    "org.mastokey.account..", "org.mastokey.keystore..", "org.mastokey.cli..", "org.mastokey.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("the service layer, keychain, command line and demo server must run without a display");

    /** The faces see the keychain's value types (status, errors) but reach the store only through the engine. */
    @ArchTest
    static final ArchRule facesDoNotOpenOrCallTheKeychain = noClasses()
            .that().resideInAnyPackage("org.mastokey.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mastokey.keystore.libsecret..",
                    "org.mastokey.keystore.macos..", "org.mastokey.keystore.windows..")
            .orShould().callMethodWhere(target(owner(assignableTo(SecretStore.class))))
            .because("only the engine (account) and the composition root (app) talk to the keychain");

    @ArchTest
    static final ArchRule theCommandLineUsesNoBackendDirectly = noClasses()
            .that().resideInAnyPackage("org.mastokey.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mastokey.keystore.libsecret..",
                    "org.mastokey.keystore.macos..", "org.mastokey.keystore.windows..")
            .because("backends are chosen by keystore.SecretStores, never by a face");
}

#include "template_dialog.hxx"

#include "uno_convert.hxx"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace retroplan::addin {

using namespace css;

namespace {

// Dialog units (the dialog's "AppFont" units, which follow the system font).
constexpr sal_Int32 kWidth = 220, kHeight = 118, kMargin = 6;

uno::Reference<beans::XPropertySet> add_control(const uno::Reference<uno::XInterface>& dialog,
                                                const char* service, const char* name, sal_Int32 x,
                                                sal_Int32 y, sal_Int32 width, sal_Int32 height) {
    const uno::Reference<beans::XPropertySet> control(
        uno::Reference<lang::XMultiServiceFactory>(dialog, uno::UNO_QUERY_THROW)
            ->createInstance(OUString::createFromAscii(service)),
        uno::UNO_QUERY_THROW);
    control->setPropertyValue("PositionX", uno::Any(x));
    control->setPropertyValue("PositionY", uno::Any(y));
    control->setPropertyValue("Width", uno::Any(width));
    control->setPropertyValue("Height", uno::Any(height));
    uno::Reference<container::XNameContainer>(dialog, uno::UNO_QUERY_THROW)
        ->insertByName(OUString::createFromAscii(name), uno::Any(control));
    return control;
}

std::string list_entry(PlanTemplate t, Lang lang) {
    const bool fr = lang == Lang::Fr;
    std::string entry(template_title(t, lang));
    const std::size_t tasks = template_table(t, lang).rows.size() - 1;
    if (t == PlanTemplate::Empty)
        entry += fr ? " (en-têtes et formules seulement)" : " (headers and formulas only)";
    else
        entry += " (" + std::to_string(tasks) + (fr ? " tâches)" : " tasks)");
    return entry;
}

} // namespace

std::optional<PlanTemplate> ask_template(const uno::Reference<uno::XComponentContext>& context,
                                         const uno::Reference<frame::XFrame>& frame, Lang lang,
                                         const std::string& intro) {
    const bool fr = lang == Lang::Fr;
    const auto smgr = context->getServiceManager();
    const uno::Reference<uno::XInterface> model =
        smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context);
    const uno::Reference<beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    props->setPropertyValue("Title",
                            uno::Any(to_ouString(fr ? "Nouveau rétroplanning" : "New retroplan")));
    props->setPropertyValue("Width", uno::Any(kWidth));
    props->setPropertyValue("Height", uno::Any(kHeight));
    props->setPropertyValue("Moveable", uno::Any(true));

    const auto label = add_control(model, "com.sun.star.awt.UnoControlFixedTextModel", "intro",
                                   kMargin, kMargin, kWidth - 2 * kMargin, 24);
    label->setPropertyValue("Label", uno::Any(to_ouString(intro)));
    label->setPropertyValue("MultiLine", uno::Any(true));

    uno::Sequence<OUString> entries(sal_Int32(kPlanTemplates.size()));
    for (std::size_t i = 0; i < kPlanTemplates.size(); ++i)
        entries.getArray()[i] = to_ouString(list_entry(kPlanTemplates[i], lang));
    const auto list = add_control(model, "com.sun.star.awt.UnoControlListBoxModel", "templates",
                                  kMargin, 34, kWidth - 2 * kMargin, 52);
    list->setPropertyValue("StringItemList", uno::Any(entries));
    uno::Sequence<sal_Int16> first(1); // the first entry selected
    first.getArray()[0] = 0;
    list->setPropertyValue("SelectedItems", uno::Any(first));
    list->setPropertyValue("Dropdown", uno::Any(false));

    const sal_Int32 button_y = kHeight - kMargin - 14;
    const auto ok = add_control(model, "com.sun.star.awt.UnoControlButtonModel", "ok",
                                kWidth - 2 * (kMargin + 50), button_y, 50, 14);
    ok->setPropertyValue("Label", uno::Any(OUString("OK")));
    ok->setPropertyValue("PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", uno::Any(true));
    const auto cancel = add_control(model, "com.sun.star.awt.UnoControlButtonModel", "cancel",
                                    kWidth - kMargin - 50, button_y, 50, 14);
    cancel->setPropertyValue("Label", uno::Any(to_ouString(fr ? "Annuler" : "Cancel")));
    cancel->setPropertyValue("PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL)));

    const uno::Reference<awt::XControl> dialog(
        smgr->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context),
        uno::UNO_QUERY_THROW);
    dialog->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    dialog->createPeer(
        uno::Reference<awt::XToolkit>(awt::Toolkit::create(context), uno::UNO_QUERY_THROW),
        uno::Reference<awt::XWindowPeer>(frame->getContainerWindow(), uno::UNO_QUERY));
    const sal_Int16 pressed = uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute();
    uno::Sequence<sal_Int16> selected;
    list->getPropertyValue("SelectedItems") >>= selected;
    uno::Reference<lang::XComponent>(dialog, uno::UNO_QUERY_THROW)->dispose();
    if (pressed != 1 || selected.getLength() != 1 || selected[0] < 0 ||
        std::size_t(selected[0]) >= kPlanTemplates.size())
        return std::nullopt;
    return kPlanTemplates[std::size_t(selected[0])];
}

} // namespace retroplan::addin

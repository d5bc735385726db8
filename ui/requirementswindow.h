#pragma once

#include <QMainWindow>

namespace PortCheck {

class Catalog;

// Until the wizard lands, the window shows the catalog as a firewall request: every link, port and
// source that Guardian needs, the same rows `guardian-portcheck catalog` prints.
class RequirementsWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequirementsWindow)

public:
    explicit RequirementsWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~RequirementsWindow() override = default;
};

} // namespace PortCheck
